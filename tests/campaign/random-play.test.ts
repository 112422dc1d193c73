// Every campaign scenario plays to an end within its turn limit when both sides pick random legal
// actions (a seeded generator, so a failure replays exactly).
import { describe, expect, it } from 'vitest';
import { CAMPAIGN, loadScenario, playRandomly } from './campaign-fixture';

describe.each(CAMPAIGN)('%s under random play', (id) => {
  it.each([1, 2])('seed %i ends with a result within the turn limit', (seed) => {
    const scenario = loadScenario(id);
    const { state, actions } = playRandomly(scenario, seed);
    expect(state.result, `no result after ${actions} actions`).not.toBeNull();
    expect(state.turn).toBeLessThanOrEqual(scenario.turnLimit + 1);
    expect(actions).toBeGreaterThan(10);
  });
});
