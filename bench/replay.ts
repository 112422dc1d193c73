// Replay verification: milliseconds to decode and verify a full Novi Grad replay (every action
// replayed, the state hashed after each). Target: under 50 ms. The golden replay is used when it
// exists; otherwise a long random match of the scenario is recorded here.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeReplay, encodeReplay, verifyReplay, type Replay } from '../src/replay';
import { playersFor, sideControllers } from '../src/sim/controllers';
import { playMatch } from '../src/sim/match';
import { quantile, type BenchScenario, type BenchSection } from './section';

const TARGET_MS = 50;
const PREFERRED = 'novi-grad';

function goldenReplay(id: string): string | null {
  const path = fileURLToPath(new URL(`../tests/golden/${id}.replay.json`, import.meta.url));
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

function simulatedReplay({ scenario }: BenchScenario): string {
  const controllers = sideControllers(scenario, { avengers: 'random', ultron: 'random' });
  const match = playMatch(scenario, 'bench-replay', playersFor(controllers, 'bench-replay'), { replay: true });
  return encodeReplay(match.replay as Replay);
}

export const replaySection: BenchSection = {
  name: 'replay',
  run({ scenarios, quick, note }) {
    const subject = scenarios.find((s) => s.id === PREFERRED) ?? scenarios[0];
    if (subject.id !== PREFERRED) note(`replay: no ${PREFERRED} scenario yet; measured on ${subject.id}`);
    const golden = goldenReplay(subject.id);
    const text = golden ?? simulatedReplay(subject);
    if (!golden) note(`replay: no golden replay of ${subject.id}; measured on a random match`);
    const times: number[] = [];
    let actions = 0;
    for (let i = 0; i < (quick ? 3 : 10); i++) {
      const start = performance.now();
      const decoded = decodeReplay(text);
      if (!decoded.ok) throw new Error(`bench replay does not decode: ${decoded.error.message}`);
      const verified = verifyReplay(decoded.value);
      if (!verified.ok) throw new Error(`bench replay does not verify: ${verified.error.message}`);
      times.push(performance.now() - start);
      actions = verified.value.actions;
    }
    const id = subject.id;
    return [
      { key: `replay.${id}.verifyMs`, value: quantile(times, 0.5), unit: 'ms', label: `${id}: verify a full replay (${actions} actions), median`, target: { max: TARGET_MS, strict: true } },
      { key: `replay.${id}.bytesPerAction`, value: Math.round(text.length / Math.max(1, actions)), unit: 'B', label: `${id}: replay file bytes per action (scenario included)` },
    ];
  },
};
