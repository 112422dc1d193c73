// Engine speed: microseconds per applied action (applyAction validates the action, so the
// legality check is included), over the golden match (AI-played) and long random matches of every
// scenario, on the immer path the
// game uses and on the mutable fast path the AI searches with. Target: median 10 µs or less.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyAction, applyActionInPlace, cloneState, createGame } from '../src/engine';
import { decodeReplay } from '../src/replay';
import type { Action, Scenario } from '../src/engine/types';
import { playersFor, sideControllers } from '../src/sim/controllers';
import { playMatch } from '../src/sim/match';
import { microsSince, quantile, type BenchSection, type Figure } from './section';

const TARGET_MEDIAN_US = 10;

interface Recorded {
  seed: string;
  actions: Action[];
}

/** The golden replay of the scenario (a match the AI played), when there is one. */
function goldenMatch(id: string): Recorded[] {
  const path = fileURLToPath(new URL(`../tests/golden/${id}.replay.json`, import.meta.url));
  if (!existsSync(path)) return [];
  const decoded = decodeReplay(readFileSync(path, 'utf8'));
  return decoded.ok ? [{ seed: decoded.value.seed, actions: decoded.value.actions }] : [];
}

/** The golden match plus random-vs-random ones (long: random players rarely finish early). */
export function recordMatches(id: string, scenario: Scenario, count: number): Recorded[] {
  const controllers = sideControllers(scenario, { avengers: 'random', ultron: 'random' });
  const matches: Recorded[] = goldenMatch(id);
  for (let i = 0; i < count; i++) {
    const seed = `bench:${i + 1}`;
    matches.push({ seed, actions: playMatch(scenario, seed, playersFor(controllers, seed)).actions });
  }
  return matches;
}

function timeImmerPath(scenario: Scenario, match: Recorded, samples: number[]): void {
  let state = createGame(scenario, match.seed);
  for (const action of match.actions) {
    const start = process.hrtime.bigint();
    const applied = applyAction(state, action);
    samples.push(microsSince(start));
    if (!applied.ok) throw new Error(`bench match ${match.seed} does not replay: ${applied.error.message}`);
    state = applied.state;
  }
}

function timeFastPath(scenario: Scenario, match: Recorded, samples: number[]): void {
  const state = cloneState(createGame(scenario, match.seed));
  for (const action of match.actions) {
    const start = process.hrtime.bigint();
    const applied = applyActionInPlace(state, action);
    samples.push(microsSince(start));
    if (!applied.ok) throw new Error(`bench match ${match.seed} does not replay on the fast path: ${applied.error.message}`);
  }
}

function figures(id: string, path: string, samples: number[], withTarget: boolean): Figure[] {
  const prefix = path === 'immer' ? `engine.${id}` : `engine.${id}.fast`;
  const words = path === 'immer' ? 'apply action' : 'apply action, fast path';
  return [
    { key: `${prefix}.medianUs`, value: quantile(samples, 0.5), unit: 'µs', label: `${id}: ${words}, median`, target: withTarget ? { max: TARGET_MEDIAN_US } : undefined },
    { key: `${prefix}.p95Us`, value: quantile(samples, 0.95), unit: 'µs', label: `${id}: ${words}, 95th percentile` },
  ];
}

export const engineSection: BenchSection = {
  name: 'engine',
  run({ scenarios, quick }) {
    const out: Figure[] = [];
    for (const { id, scenario } of scenarios) {
      const matches = recordMatches(id, scenario, quick ? 1 : 4);
      const rounds = quick ? 2 : 4;
      const immer: number[] = [];
      const fast: number[] = [];
      timeImmerPath(scenario, matches[0], []); // warm-up: let the JIT compile before measuring
      timeFastPath(scenario, matches[0], []);
      for (let r = 0; r < rounds; r++) {
        for (const match of matches) {
          timeImmerPath(scenario, match, immer);
          timeFastPath(scenario, match, fast);
        }
      }
      out.push(...figures(id, 'immer', immer, true), ...figures(id, 'fast', fast, false));
      out.push({ key: `engine.${id}.actionsPerMatch`, value: immer.length / rounds / matches.length, unit: 'actions', label: `${id}: actions per measured match` });
    }
    return out;
  },
};
