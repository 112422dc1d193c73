// What the AI does on the board: scenario behaviours (guard, hunt, protect), objectives (fetch the
// crate), focus on what it can kill, and the threat map it and the game read.
import { describe, expect, it } from 'vitest';
import {
  applyAction, chebyshev, cloneState, createGame, unitById, type GameState, type Unit,
} from '../../src/engine';
import { createAiPlayer, threats } from '../../src/ai';
import { outpostScenario } from './fixtures/outpost';

function unit(state: GameState, id: string): Unit {
  const u = unitById(state, id);
  if (!u) throw new Error(`no unit ${id}`);
  return u;
}

/** Plays the side to move until its turn ends, with the AI at `level`. */
function playTurn(state: GameState, level = 'normal', seed = 't'): GameState {
  const side = state.side;
  const player = createAiPlayer(level, seed);
  for (let i = 0; i < 50 && state.side === side && !state.result; i++) {
    const applied = applyAction(state, player.choose(state));
    if (!applied.ok) throw new Error(applied.error.message);
    state = applied.state;
  }
  return state;
}

function edited(edit: (s: GameState) => void, seed = 'b'): GameState {
  const state = cloneState(createGame(outpostScenario(), seed));
  edit(state);
  return state;
}

const inPost = (u: Unit) => u.x >= 13 && u.x <= 14 && u.y <= 1;

describe('behaviours from the scenario', () => {
  it('a guard stays in its area even with an enemy in reach outside it', () => {
    for (const seed of ['g1', 'g2', 'g3']) {
      let state = edited((s) => Object.assign(unit(s, 'cap'), { x: 10, y: 1 }), seed);
      state = playTurn(playTurn(state), 'normal', seed);
      expect(inPost(unit(state, 'guard')), `seed ${seed}: guard at ${JSON.stringify(unit(state, 'guard'))}`).toBe(true);
    }
  });

  it('a hunter goes after its target, not the nearer enemy', () => {
    // cap is nearer the hunter than its prey, hawk, and on the other side of it
    let state = edited((s) => {
      Object.assign(unit(s, 'cap'), { x: 7, y: 3 });
      Object.assign(unit(s, 'hawk'), { x: 12, y: 7 });
      Object.assign(unit(s, 'bodyguard'), { x: 15, y: 2 });
    });
    const gaps = () => ({ prey: chebyshev(unit(state, 'hunter'), unit(state, 'hawk')), other: chebyshev(unit(state, 'hunter'), unit(state, 'cap')) });
    const before = gaps();
    expect(before.other).toBeLessThan(before.prey);
    // hard judges exactly; normal's misjudging may leave it a tile short
    state = playTurn(applyEndTurn(state), 'hard');
    const after = gaps();
    expect(after.prey).toBeLessThanOrEqual(1);
    expect(after.other).toBeGreaterThan(before.other);
  });

  it('a bodyguard stays near the unit it protects while that unit moves about', () => {
    let state = createGame(outpostScenario(), 'p1');
    for (let round = 0; round < 4 && !state.result; round++) {
      state = playTurn(playTurn(state, 'normal', 'p1'), 'normal', 'p1');
      const guard = unit(state, 'bodyguard');
      const ward = unit(state, 'ultron');
      if (guard.out || ward.out) break;
      expect(chebyshev(guard, ward), `round ${round + 1}`).toBeLessThanOrEqual(2);
    }
  });
});

function applyEndTurn(state: GameState): GameState {
  const applied = applyAction(state, { type: 'endTurn' });
  if (!applied.ok) throw new Error(applied.error.message);
  return applied.state;
}

describe('objectives and targets', () => {
  it('a hero fetches the crate the objectives ask for when nothing threatens it', () => {
    const state = playTurn(createGame(outpostScenario(), 'c1'));
    const crate = state.items.find((i) => i.id === 'crate')!;
    expect(crate.carrier === 'cap' || crate.carrier === 'hawk').toBe(true);
  });

  it('finishes off the enemy it can kill rather than hitting a healthy one', () => {
    let state = edited((s) => {
      Object.assign(unit(s, 'cap'), { x: 8, y: 4 });
      Object.assign(unit(s, 'hunter'), { x: 9, y: 4, hp: 5 });
      Object.assign(unit(s, 'bodyguard'), { x: 7, y: 4, hp: 1 });
    });
    const player = createAiPlayer('normal', 'k');
    for (let i = 0; i < 6; i++) {
      const action = player.choose(state);
      if (action.type === 'ability') {
        expect(action.target).toEqual({ x: 7, y: 4 });
        return;
      }
      const applied = applyAction(state, action);
      if (!applied.ok || applied.state.side !== 'avengers') break;
      state = applied.state;
    }
    throw new Error('the avengers ended their turn without attacking');
  });
});

describe('threats', () => {
  it('marks tiles enemies can strike next turn with who and how hard, and none out of reach', () => {
    const state = createGame(outpostScenario(), 1);
    const map = threats(state);
    const at = (x: number, y: number) => map.find((t) => t.x === x && t.y === y);
    const besideGuard = at(12, 1);
    expect(besideGuard?.units.map((u) => u.unit)).toContain('guard');
    expect(besideGuard?.maxDamage).toBe(3);
    expect(at(0, 0)).toBeUndefined();
    // Ultron's blast reaches 4 past a move of 3: 7 tiles and more stay clear of him
    expect(map.filter((t) => t.units.some((u) => u.unit === 'ultron')).every((t) => chebyshev(t, { x: 15, y: 6 }) <= 7)).toBe(true);
  });

  it('counts a charged attack already marked on the board', () => {
    const state = cloneState(createGame(outpostScenario(), 1));
    state.charges.push({ unit: 'ultron', ability: 'blast', target: { x: 0, y: 0 }, tiles: [{ x: 0, y: 0 }], side: 'ultron' });
    const tile = threats(state).find((t) => t.x === 0 && t.y === 0);
    expect(tile?.units).toEqual([{ unit: 'ultron', damage: 3 }]);
  });
});

describe('abilities that leave the turn open', () => {
  it('cages an enemy it must take alive and knocks it out in the same turn', () => {
    const base = outpostScenario();
    const cage = {
      id: 'cage', name: 'Cage', description: 'Stuns; does not end the turn.', target: 'enemy' as const, range: 1,
      endsTurn: false, effects: [{ type: 'status' as const, status: 'stunned' as const, turns: 1 }],
    };
    const knockout = {
      id: 'knockout', name: 'Knock out', description: 'Captures a worn-down or stunned enemy.', target: 'enemy' as const,
      range: 1, effects: [{ type: 'capture' as const, maxHpPercent: 30 }],
    };
    const scenario = {
      ...base,
      unitTypes: { ...base.unitTypes, cap: { ...base.unitTypes.cap, abilities: [...base.unitTypes.cap.abilities, cage, knockout] } },
      objectives: [{ id: 'take', type: 'defeatUnit' as const, unit: 'hunter', how: 'captured' as const, text: 'Take it alive.' }],
    };
    let state = cloneState(createGame(scenario, 'cage'));
    Object.assign(unit(state, 'cap'), { x: 9, y: 3 });
    const player = createAiPlayer('normal', 'cage');
    const used: string[] = [];
    for (let i = 0; i < 4 && state.side === 'avengers' && !state.result; i++) {
      const action = player.choose(state);
      if (action.type === 'ability' && action.unit === 'cap') used.push(action.ability);
      const applied = applyAction(state, action);
      if (!applied.ok) throw new Error(applied.error.message);
      state = applied.state;
      if (used.length === 2) break;
    }
    expect(used).toEqual(['cage', 'knockout']);
    expect(unit(state, 'hunter').out).toBe('captured');
  });
});
