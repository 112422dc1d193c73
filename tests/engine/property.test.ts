// Property tests: thousands of random legal actions keep the engine's invariants, and a match is
// a pure function of its scenario, seed and actions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyAction, applyActionInPlace, cloneState, createGame, deserializeState, freezeStates, hashState, legalActions,
  serializeState, type Action, type GameState, type Scenario,
} from '../../src/engine';
import { makeScenario, unitType } from './fixture';

const rows = ['..........', '..n..#..,.', '...~......', '....%.....', '..B...N...', '..........'];

function richScenario(): Scenario {
  const base = makeScenario(rows);
  const heavy = unitType('heavy', {
    hp: 8, armour: 1, abilities: [
      { id: 'smash', name: 'Smash', description: '', target: 'self', area: { shape: 'adjacent' }, effects: [{ type: 'damage', min: 1, max: 2 }, { type: 'push', distance: 1 }, { type: 'wreck', amount: 2 }] },
      { id: 'stun', name: 'Stun', description: '', target: 'enemy', range: 2, accuracy: 80, cooldown: 1, effects: [{ type: 'status', status: 'stunned', turns: 1 }] },
    ],
  });
  const flyer = unitType('flyer', { flying: true, move: 5, abilities: [
    { id: 'beam', name: 'Beam', description: '', target: 'tile', range: 4, area: { shape: 'line' }, accuracy: 75, charged: true, effects: [{ type: 'damage', min: 2, max: 4 }] },
    { id: 'zap', name: 'Zap', description: '', target: 'enemy', range: 3, area: { shape: 'chain', chain: 2 }, accuracy: 70, effects: [{ type: 'damage', min: 1, max: 2 }] },
  ] });
  return {
    ...base,
    unitTypes: { ...base.unitTypes, heavy, flyer },
    units: [
      { id: 'h1', type: 'hero', side: 'avengers', x: 0, y: 0 },
      { id: 'h2', type: 'heavy', side: 'avengers', x: 1, y: 5 },
      { id: 'h3', type: 'flyer', side: 'avengers', x: 0, y: 3 },
      { id: 'b1', type: 'bot', side: 'ultron', x: 9, y: 5 },
      { id: 'b2', type: 'flyer', side: 'ultron', x: 9, y: 0 },
      { id: 'b3', type: 'heavy', side: 'ultron', x: 7, y: 2 },
    ],
  };
}

const scenario = richScenario();

/** Plays `picks` (numbers in [0,1)) as choices among the legal actions. */
function play(seed: number, picks: number[]): { state: GameState; actions: Action[] } {
  let state = createGame(scenario, seed);
  const actions: Action[] = [];
  for (const pick of picks) {
    if (state.result) break;
    const legal = legalActions(state);
    const action = legal[Math.floor(pick * legal.length)];
    const result = applyAction(state, action);
    if (!result.ok) throw new Error(`legal action refused: ${result.error.message}`);
    actions.push(action);
    state = result.state;
  }
  return { state, actions };
}

function checkInvariants(state: GameState): void {
  const { width, height } = state.scenario.map;
  const seen = new Set<string>();
  for (const unit of state.units) {
    const max = state.scenario.unitTypes[unit.type].hp;
    expect(unit.hp).toBeGreaterThanOrEqual(0);
    expect(unit.hp).toBeLessThanOrEqual(max);
    if (unit.out !== null) continue;
    expect(unit.hp).toBeGreaterThan(0);
    expect(unit.x >= 0 && unit.y >= 0 && unit.x < width && unit.y < height).toBe(true);
    const key = `${unit.x},${unit.y}`;
    expect(seen.has(key)).toBe(false);
    seen.add(key);
  }
}

const picksArb = fc.array(fc.double({ min: 0, max: 0.999999, noNaN: true }), { minLength: 20, maxLength: 150 });

describe('random legal play', () => {
  it('keeps units on the map, one per tile, with hp in bounds', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), picksArb, (seed, picks) => {
      let state = createGame(scenario, seed);
      for (const pick of picks) {
        if (state.result) break;
        const legal = legalActions(state);
        const result = applyAction(state, legal[Math.floor(pick * legal.length)]);
        expect(result.ok).toBe(true);
        if (result.ok) state = result.state;
        checkInvariants(state);
      }
    }), { numRuns: 60 });
  });

  it('replaying the same actions gives the same hash', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), picksArb, (seed, picks) => {
      const first = play(seed, picks);
      let again = createGame(scenario, seed);
      for (const action of first.actions) {
        const result = applyAction(again, action);
        if (!result.ok) throw new Error(result.error.message);
        again = result.state;
      }
      expect(hashState(again)).toBe(hashState(first.state));
    }), { numRuns: 40 });
  });

  it('survives a JSON round trip mid-match and goes on with the same hashes', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), picksArb, picksArb, (seed, before, after) => {
      const { state } = play(seed, before);
      const loaded = deserializeState(serializeState(state));
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) return;
      expect(hashState(loaded.state)).toBe(hashState(state));
      let a = state;
      let b = loaded.state;
      for (const pick of after) {
        if (a.result) break;
        const legal = legalActions(a);
        expect(legalActions(b)).toEqual(legal);
        const action = legal[Math.floor(pick * legal.length)];
        const ra = applyAction(a, action);
        const rb = applyAction(b, action);
        if (!ra.ok || !rb.ok) throw new Error('legal action refused');
        a = ra.state;
        b = rb.state;
        expect(hashState(b)).toBe(hashState(a));
      }
    }), { numRuns: 30 });
  });

  it('the in-place fast path reaches the same states as the immer path', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), picksArb, (seed, picks) => {
      const { state, actions } = play(seed, picks);
      const fast = cloneState(createGame(scenario, seed));
      for (const action of actions) expect(applyActionInPlace(fast, action).ok).toBe(true);
      expect(hashState(fast)).toBe(hashState(state));
    }), { numRuns: 40 });
  });

  it('applying an action never changes an earlier state, with freezing off as in the built game', () => {
    // Tests freeze states (tests/setup), which would turn a stray write into a throw; the built game
    // does not, so check by value that every earlier state of a match is exactly as it was.
    freezeStates(false);
    try {
      fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), picksArb, (seed, picks) => {
        let state = createGame(scenario, seed);
        const history: { state: GameState; text: string }[] = [];
        for (const pick of picks) {
          if (state.result) break;
          history.push({ state, text: serializeState(state) });
          const legal = legalActions(state);
          const result = applyAction(state, legal[Math.floor(pick * legal.length)]);
          if (!result.ok) throw new Error(result.error.message);
          expect(result.state).not.toBe(state);
          state = result.state;
        }
        for (const [i, earlier] of history.entries()) expect(serializeState(earlier.state), `state before action ${i + 1}`).toBe(earlier.text);
      }), { numRuns: 30 });
    } finally {
      freezeStates(true);
    }
  });

  it('an illegal action leaves the state untouched', () => {
    const badActions = fc.oneof(
      fc.record({ type: fc.constant('move' as const), unit: fc.constantFrom('h1', 'b1', 'nobody'), to: fc.record({ x: fc.integer({ min: -3, max: 14 }), y: fc.integer({ min: -3, max: 9 }) }) }),
      fc.record({ type: fc.constant('ability' as const), unit: fc.constantFrom('h1', 'h2', 'b3'), ability: fc.constantFrom('strike', 'smash', 'nope'), target: fc.record({ x: fc.integer({ min: -3, max: 14 }), y: fc.integer({ min: -3, max: 9 }) }) }),
    );
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), picksArb, badActions, (seed, picks, action) => {
      const { state } = play(seed, picks);
      const hash = hashState(state);
      const text = serializeState(state);
      const legal = legalActions(state).some((a) => JSON.stringify(a) === JSON.stringify(action));
      const result = applyAction(state, action as Action);
      expect(result.ok).toBe(legal);
      if (!result.ok) expect(result.error.code).toMatch(/^[a-z-]+$/);
      expect(hashState(state)).toBe(hash);
      expect(serializeState(state)).toBe(text);
    }), { numRuns: 150 });
  });
});
