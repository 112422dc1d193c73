// The ladder (issue 4): on every campaign scenario, as the heroes and as their enemies, `hard` wins
// at least 95% of games against `random` and at least 70% against `normal`. Seeds are fixed
// (ladder-1, ladder-2, ...). A small sample: AI_LADDER_GAMES games per pairing (default 6; the
// report's figures used 20). Slow: minutes per scenario on a loaded machine.
import { describe, expect, it } from 'vitest';
import { CAMPAIGN, loadScenario } from '../campaign/campaign-fixture';
import { playPairing, wonBy, type Pairing } from './ladder';

const GAMES = Number(process.env.AI_LADDER_GAMES ?? 6);
const BARS = [
  { opponent: 'random', share: 0.95 },
  { opponent: 'normal', share: 0.7 },
];

describe.each(CAMPAIGN)('ladder on %s', (id) => {
  for (const { opponent, share } of BARS) {
    for (const role of ['heroes', 'opponents'] as const) {
      it(`hard as the ${role} beats ${opponent} in ${share * 100}% of ${GAMES} games or more`, () => {
        const scenario = loadScenario(id);
        const pairing: Pairing = role === 'heroes' ? { heroes: 'hard', opponents: opponent } : { heroes: opponent, opponents: 'hard' };
        const seeds = Array.from({ length: GAMES }, (_, i) => `ladder-${i + 1}`);
        const outcomes = seeds.map((seed) => playPairing(scenario, pairing, seed));
        const wins = outcomes.filter((o) => wonBy(scenario, o, role)).length;
        const lost = outcomes.filter((o) => !wonBy(scenario, o, role)).map((o) => `${o.seed}: ${o.reason}`);
        expect(wins / GAMES, `hard won ${wins}/${GAMES}; the others: ${lost.join(' | ')}`).toBeGreaterThanOrEqual(share);
      }, 30 * 60_000);
    }
  }
});
