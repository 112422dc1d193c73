// What a defeat is worth: enemies' a gain, one's own a loss, objectives counted, and Ultron with a
// sentry in reach worth only the body he would jump into.
import { describe, expect, it } from 'vitest';
import { cloneState, createGame, unitById, type GameState, type Scenario } from '../../src/engine';
import { defeatStake, unitWorth, uploadHost } from '../../src/ai/unit-worth';
import { outpostScenario } from './fixtures/outpost';

function withUpload(range: number, blocker = false): GameState {
  const base = outpostScenario();
  const scenario: Scenario = {
    ...base,
    unitTypes: {
      ...base.unitTypes,
      ultron: { ...base.unitTypes.ultron, upload: { into: ['sentry'], range } },
      hawk: blocker ? { ...base.unitTypes.hawk, blocksUpload: 20 } : base.unitTypes.hawk,
    },
  };
  return cloneState(createGame(scenario, 1));
}

describe('defeatStake', () => {
  it('counts an enemy defeated as a gain and an own unit lost as a loss', () => {
    const state = createGame(outpostScenario(), 1);
    const sentry = unitById(state, 'guard')!;
    expect(defeatStake(state, 'avengers', sentry, false)).toBeGreaterThan(0);
    expect(defeatStake(state, 'ultron', sentry, false)).toBeLessThan(0);
  });

  it('prices Ultron at a sentry body when one is within his upload range, in full otherwise', () => {
    const near = withUpload(3);
    const ultron = unitById(near, 'ultron')!;
    expect(uploadHost(near, ultron)?.id).toBe('bodyguard');
    expect(defeatStake(near, 'avengers', ultron, false)).toBe(unitWorth(near, unitById(near, 'bodyguard')!));
    const far = withUpload(3);
    Object.assign(unitById(far, 'bodyguard')!, { x: 8, y: 0 });
    expect(uploadHost(far, unitById(far, 'ultron')!)).toBeNull();
    expect(defeatStake(far, 'avengers', unitById(far, 'ultron')!, false)).toBeGreaterThan(defeatStake(near, 'avengers', ultron, false));
  });

  it('knows a blocker (Vision) anywhere in its radius stops the upload', () => {
    const blocked = withUpload(3, true);
    expect(uploadHost(blocked, unitById(blocked, 'ultron')!)).toBeNull();
  });

  it('makes killing a unit that must be captured alive a loss for the side that must capture it', () => {
    const base = outpostScenario();
    const scenario: Scenario = {
      ...base,
      objectives: [...base.objectives, { id: 'take-hunter', type: 'defeatUnit', unit: 'hunter', how: 'captured', text: 'Take it alive.' }],
    };
    const state = createGame(scenario, 1);
    const hunter = unitById(state, 'hunter')!;
    expect(defeatStake(state, 'avengers', hunter, false)).toBeLessThan(0);
    expect(defeatStake(state, 'avengers', hunter, true)).toBeGreaterThan(300);
  });
});
