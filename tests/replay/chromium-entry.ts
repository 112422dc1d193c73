// Bundled for Chromium by chromium.test.ts: verifies replay texts in the browser and reports each
// checkpoint hash, so the test can compare them with Node's, action by action.
import { checkpointHash, decodeReplay, verifyReplay } from '../../src/replay';
import { applyAction, createGame, hashState } from '../../src/engine';

export interface BrowserVerdict {
  ok: boolean;
  message: string;
  finalHash: string;
  checkpoints: string[];
}

export function verifyInBrowser(text: string): BrowserVerdict {
  const decoded = decodeReplay(text);
  if (!decoded.ok) return { ok: false, message: decoded.error.message, finalHash: '', checkpoints: [] };
  const verified = verifyReplay(decoded.value, { path: 'immer' });
  // The checkpoints recomputed here on the immer path, independently of the recorded ones.
  let state = createGame(decoded.value.scenario.content, decoded.value.seed);
  const checkpoints: string[] = [];
  for (const action of decoded.value.actions) {
    const applied = applyAction(state, action);
    if (!applied.ok) break;
    state = applied.state;
    checkpoints.push(checkpointHash(state));
  }
  return {
    ok: verified.ok,
    message: verified.ok ? 'ok' : verified.error.message,
    finalHash: hashState(state),
    checkpoints,
  };
}
