// Determinism at scale: one soak game plays a match while round-tripping its state through JSON at
// every turn's end (going on from the reloaded copy), then replays it from its log on both engine
// paths. Any difference in hashes, or any exception, is a finding; a clean game returns null.
import { deserializeState, hashState, serializeState } from '../engine';
import type { GameState, Scenario } from '../engine/types';
import { decodeReplay, encodeReplay, verifyReplay } from '../replay';
import type { Player } from './players';
import { playMatch, type MatchResult } from './match';

export interface SoakFinding {
  seed: string;
  problem: string;
}

function roundTrip(state: GameState): GameState {
  const before = hashState(state);
  const loaded = deserializeState(serializeState(state));
  if (!loaded.ok) throw new Error(`a saved state does not load: ${loaded.error}`);
  const after = hashState(loaded.state);
  if (after !== before) throw new Error(`the JSON round trip changes the hash at action ${state.actionCount}: ${before} became ${after}`);
  return loaded.state;
}

function checkReplay(match: MatchResult): string | null {
  const decoded = decodeReplay(encodeReplay(match.replay!));
  if (!decoded.ok) return `its replay does not decode: ${decoded.error.message}`;
  for (const path of ['fast', 'immer'] as const) {
    const verified = verifyReplay(decoded.value, { path });
    if (!verified.ok) return `its replay does not verify on the ${path} path: ${verified.error.message}`;
    if (verified.value.finalHash !== match.hash) {
      return `its replay ends on ${verified.value.finalHash} on the ${path} path, the match on ${match.hash}`;
    }
  }
  return null;
}

export function soakGame(
  scenario: Scenario,
  seed: string,
  players: Record<string, Player>,
  maxTurns?: number,
): { match: MatchResult | null; finding: SoakFinding | null } {
  try {
    const match = playMatch(scenario, seed, players, {
      maxTurns,
      replay: true,
      afterAction: (state, action) => (action.type === 'endTurn' ? roundTrip(state) : undefined),
    });
    const problem = checkReplay(match);
    return { match, finding: problem ? { seed, problem } : null };
  } catch (error) {
    return { match: null, finding: { seed, problem: `exception: ${error instanceof Error ? error.message : String(error)}` } };
  }
}
