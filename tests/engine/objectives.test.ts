// Every objective type met and failed, primary and optional, victory, defeat and the turn limit.
import { describe, expect, it } from 'vitest';
import { applyAction, legalActions, objectiveList, type GameState, type ObjectiveDef, type UnitPlacement } from '../../src/engine';
import { ability, act, arena, endTurn, heroWith, move, place, start, unitOf, unitType, use } from './fixture';

const field = ['........', '........', '........', '........'];
const kill = ability('kill', { range: 9, los: false, effects: [{ type: 'damage', min: 99, max: 99 }] });
const net = ability('net', { range: 9, los: false, effects: [{ type: 'capture', maxHpPercent: 100 }] });
const wreck = ability('wreck', { target: 'tile', range: 9, los: false, effects: [{ type: 'wreck', amount: 9 }] });
const smite = ability('smite', { target: 'unit', range: 9, los: false, effects: [{ type: 'damage', min: 99, max: 99 }] });
const shove = ability('shove', { range: 9, los: false, effects: [{ type: 'push', distance: 1 }] });

function game(objectives: ObjectiveDef[], units: UnitPlacement[], more: { rows?: string[]; turnLimit?: number; items?: { id: string; name: string; at?: { x: number; y: number }; carrier?: string }[] } = {}) {
  return start(arena(more.rows ?? field, units, {
    objectives, turnLimit: more.turnLimit ?? 20, items: more.items ?? [],
    areas: { zone: [{ x: 4, y: 1 }, { x: 5, y: 1 }], exit: [{ x: 7, y: 0 }] },
    types: [heroWith('hero', [kill, net, wreck, shove, smite]), unitType('pylon', { structure: true }), unitType('civ', { tags: ['civilian'], abilities: [] })],
  }));
}
const status = (state: GameState, id: string) => state.objectives[id].status;
const heroes = [place('h', 'hero', 'avengers', 0, 0), place('h2', 'hero', 'avengers', 0, 3)];
const rounds = (state: GameState, n: number) => {
  let s = state;
  for (let i = 0; i < n * 2 && !s.result; i++) s = act(s, endTurn).state;
  return s;
};

describe('defeatAll', () => {
  it('is met when no hostile fighter stands, structures aside, and wins the battle', () => {
    let state = game([{ id: 'o', text: 'All', type: 'defeatAll' }], [...heroes, place('b', 'bot', 'ultron', 3, 0), place('b2', 'bot', 'ultron', 5, 0), place('p', 'pylon', 'ultron', 7, 3)]);
    state = act(state, use('h', 'kill', 3, 0)).state;
    expect(status(state, 'o')).toBe('active');
    state = act(state, use('h2', 'kill', 5, 0)).state;
    expect(status(state, 'o')).toBe('met');
    expect(state.result).toEqual({ winner: 'avengers', reason: 'Every objective met.' });
  });

  it('counts only the sides it names', () => {
    const state = act(game([{ id: 'o', text: '', type: 'defeatAll', sides: ['klaue'] }], [...heroes, place('b', 'bot', 'ultron', 3, 0), place('k', 'bot', 'klaue', 5, 0)], {}), use('h', 'smite', 5, 0)).state;
    expect(status(state, 'o')).toBe('met');
  });
});

describe('defeatUnit', () => {
  it.each<[string, 'killed' | 'captured' | 'any' | undefined, string, string]>([
    ['killed, how any', undefined, 'kill', 'met'], ['captured, how any', 'any', 'net', 'met'],
    ['killed, how killed', 'killed', 'kill', 'met'], ['captured, how killed', 'killed', 'net', 'failed'],
    ['captured, how captured', 'captured', 'net', 'met'], ['killed, how captured', 'captured', 'kill', 'failed'],
    ['pushed off a ledge counts as killed', 'killed', 'shove', 'met'],
  ])('%s: %s', (_what, how, by, expected) => {
    const state = game([{ id: 'o', text: '', type: 'defeatUnit', unit: 'boss', how }, { id: 'keep', text: '', type: 'survive', turns: 9 }],
      [...heroes, place('boss', 'bot', 'ultron', 3, 0), place('b', 'bot', 'ultron', 7, 3)], { rows: ['....~...', '........', '........', '........'] });
    const after = act(state, use('h', by, 3, 0)).state;
    expect(status(after, 'o')).toBe(expected);
    expect(after.result?.winner ?? null).toBe(expected === 'failed' ? 'ultron' : null);
  });
});

describe('protectUnit', () => {
  const units = [...heroes, place('vip', 'civ', 'avengers', 3, 3), place('b', 'bot', 'ultron', 3, 0)];
  const objectives: ObjectiveDef[] = [{ id: 'p', text: 'Keep them alive', type: 'protectUnit', unit: 'vip' }, { id: 'all', text: '', type: 'defeatAll' }];

  it('fails when the unit falls, and the battle is lost', () => {
    let state = act(game(objectives, units), endTurn).state;
    const scenario = { ...state.scenario, unitTypes: { ...state.scenario.unitTypes, bot: heroWith('bot', [kill]) } };
    state = act({ ...state, scenario }, use('b', 'kill', 3, 3)).state;
    expect(status(state, 'p')).toBe('failed');
    expect(state.result).toEqual({ winner: 'ultron', reason: 'Failed: Keep them alive' });
  });

  it('is met when the battle is won with the unit standing', () => {
    const state = act(game(objectives, units), use('h', 'kill', 3, 0)).state;
    expect([status(state, 'p'), state.result?.winner]).toEqual(['met', 'avengers']);
  });
});

describe('evacuate', () => {
  const objectives: ObjectiveDef[] = [{ id: 'e', text: '', type: 'evacuate', tag: 'civilian', area: 'exit', count: 2 }];
  const civs = [place('c1', 'civ', 'avengers', 5, 0), place('c2', 'civ', 'avengers', 5, 1), place('c3', 'civ', 'avengers', 5, 3), place('b', 'bot', 'ultron', 2, 3)];

  it('is met when enough have left through the exit', () => {
    let state = act(game(objectives, [...heroes, ...civs]), move('c1', 7, 0)).state;
    expect(objectiveList(state)[0]).toMatchObject({ status: 'active', progress: 1, goal: 2 });
    state = act(state, move('c2', 7, 0)).state;
    expect(status(state, 'e')).toBe('met');
    expect(state.result?.winner).toBe('avengers');
  });

  it('fails when too few are left to make it', () => {
    let state = act(game(objectives, [...heroes, ...civs]), use('h', 'smite', 5, 0)).state;
    expect(status(state, 'e')).toBe('active');
    state = act(state, use('h2', 'smite', 5, 1)).state;
    expect(status(state, 'e')).toBe('failed');
  });
});

describe('carryItem', () => {
  it('is met when a unit of the owner stands in the area with the item', () => {
    const objectives: ObjectiveDef[] = [{ id: 'c', text: '', type: 'carryItem', item: 'core', area: 'zone' }];
    let state = game(objectives, [...heroes, place('b', 'bot', 'ultron', 7, 3)], { items: [{ id: 'core', name: 'Core', at: { x: 2, y: 1 } }] });
    state = act(state, move('h', 2, 1)).state;
    expect(status(state, 'c')).toBe('active');
    state = act(state, move('h', 4, 1)).state;
    expect(status(state, 'c')).toBe('met');
  });

  it('an enemy carrying it into the area does not meet it', () => {
    const objectives: ObjectiveDef[] = [{ id: 'c', text: '', type: 'carryItem', item: 'core', area: 'zone' }];
    const state = act(act(game(objectives, [...heroes, place('b', 'bot', 'ultron', 6, 1)], { items: [{ id: 'core', name: 'Core', carrier: 'b' }] }), endTurn).state, move('b', 5, 1)).state;
    expect(status(state, 'c')).toBe('active');
  });
});

describe('holdArea and survive', () => {
  it('holdArea counts rounds held in a row and starts over when the hold is broken', () => {
    const objectives: ObjectiveDef[] = [{ id: 'h', text: '', type: 'holdArea', area: 'zone', turns: 2 }];
    let state = game(objectives, [...heroes, place('b', 'bot', 'ultron', 7, 3)]);
    state = act(state, move('h', 3, 0)).state;
    state = rounds(state, 1);
    expect(state.objectives.h.progress).toBe(0); // nobody in the zone
    state = act(state, move('h', 4, 1)).state;
    state = rounds(state, 1);
    expect(state.objectives.h.progress).toBe(1);
    state = act(state, endTurn).state;
    state = act(state, move('b', 5, 1)).state; // contested
    state = act(state, endTurn).state;
    expect(state.objectives.h.progress).toBe(0);
    expect(status(state, 'h')).toBe('active');
  });

  it('holdArea is met after the last round held', () => {
    const objectives: ObjectiveDef[] = [{ id: 'h', text: '', type: 'holdArea', area: 'zone', turns: 2 }];
    let state = act(game(objectives, [...heroes, place('b', 'bot', 'ultron', 7, 3)]), move('h', 4, 1)).state;
    state = rounds(state, 1);
    expect(status(state, 'h')).toBe('active');
    state = rounds(state, 1);
    expect(status(state, 'h')).toBe('met');
    expect(state.result?.winner).toBe('avengers');
  });

  it('survive is met when its round ends', () => {
    let state = game([{ id: 's', text: '', type: 'survive', turns: 3 }], [...heroes, place('b', 'bot', 'ultron', 7, 3)]);
    state = rounds(state, 2);
    expect([status(state, 's'), state.turn, state.objectives.s.progress]).toEqual(['active', 3, 2]);
    state = rounds(state, 1);
    expect([status(state, 's'), state.result?.winner]).toEqual(['met', 'avengers']);
  });
});

describe('denyArea and limitLosses', () => {
  it.each<[string, ObjectiveDef, string, string]>([
    ['a hostile enters', { id: 'd', text: '', type: 'denyArea', area: 'zone' }, 'bot', 'failed'],
    ['a unit of a side not named enters', { id: 'd', text: '', type: 'denyArea', area: 'zone', sides: ['klaue'] }, 'bot', 'active'],
    ['an enemy without the tag enters', { id: 'd', text: '', type: 'denyArea', area: 'zone', tag: 'civilian' }, 'bot', 'active'],
    ['an enemy with the tag enters', { id: 'd', text: '', type: 'denyArea', area: 'zone', tag: 'civilian' }, 'civ', 'failed'],
  ])('denyArea when %s: %s', (_what, objective, type, expected) => {
    const state = act(act(game([objective, { id: 'all', text: '', type: 'defeatAll' }], [...heroes, place('b', type, 'ultron', 6, 1), place('b2', 'bot', 'ultron', 7, 3)]), endTurn).state, move('b', 5, 1)).state;
    expect(status(state, 'd')).toBe(expected);
  });

  it.each<[string, ObjectiveDef, number, string]>([
    ['units with the tag lost up to the limit', { id: 'l', text: '', type: 'limitLosses', tag: 'civilian', maxUnits: 1 }, 1, 'active'],
    ['one more than the limit', { id: 'l', text: '', type: 'limitLosses', tag: 'civilian', maxUnits: 1 }, 2, 'failed'],
    ['without a tag, the owner\'s own losses count', { id: 'l', text: '', type: 'limitLosses', maxUnits: 1 }, 2, 'failed'],
  ])('limitLosses: %s', (_what, objective, lost, expected) => {
    let state = game([objective, { id: 'all', text: '', type: 'defeatAll' }], [...heroes, place('c1', 'civ', 'avengers', 4, 0), place('c2', 'civ', 'avengers', 4, 2), place('b', 'bot', 'ultron', 7, 3)]);
    state = act(state, use('h', 'smite', 4, 0)).state;
    if (lost > 1) state = act(state, use('h2', 'smite', 4, 2)).state;
    expect(status(state, 'l')).toBe(expected);
  });

  it('limitLosses counts wrecked terrain', () => {
    let state = game([{ id: 'l', text: '', type: 'limitLosses', maxTerrain: 1 }, { id: 'all', text: '', type: 'defeatAll' }],
      [...heroes, place('b', 'bot', 'ultron', 7, 3)], { rows: ['..BB....', '........', '........', '........'] });
    state = act(state, use('h', 'wreck', 2, 0)).state;
    expect(status(state, 'l')).toBe('active');
    state = act(state, use('h2', 'wreck', 3, 0)).state;
    expect([status(state, 'l'), state.stats.terrainWrecked, state.result?.winner]).toEqual(['failed', 2, 'ultron']);
  });
});

describe('the end of the battle', () => {
  it('optional objectives neither win nor lose it', () => {
    const state = act(game([{ id: 'opt', text: '', type: 'defeatUnit', unit: 'b', how: 'captured', primary: false }, { id: 'all', text: '', type: 'defeatAll' }],
      [...heroes, place('b', 'bot', 'ultron', 3, 0), place('b2', 'bot', 'ultron', 7, 3)]), use('h', 'kill', 3, 0)).state;
    expect([status(state, 'opt'), state.result]).toEqual(['failed', null]);
  });

  it('the first side loses when none of its fighters stands', () => {
    let state = act(game([{ id: 'all', text: '', type: 'defeatAll' }], [place('h', 'hero', 'avengers', 0, 0), place('b', 'bot', 'ultron', 1, 0)]), endTurn).state;
    const scenario = { ...state.scenario, unitTypes: { ...state.scenario.unitTypes, bot: heroWith('bot', [kill]) } };
    state = act({ ...state, scenario }, use('b', 'kill', 0, 0)).state;
    expect(state.result?.winner).toBe('ultron');
  });

  it('at the turn limit unmet primaries fail and guards are met', () => {
    const objectives: ObjectiveDef[] = [
      { id: 'all', text: 'Beat them', type: 'defeatAll' }, { id: 'p', text: '', type: 'protectUnit', unit: 'h' },
      { id: 'opt', text: '', type: 'defeatUnit', unit: 'b', primary: false },
    ];
    let state = game(objectives, [...heroes, place('b', 'bot', 'ultron', 7, 3)], { turnLimit: 2 });
    state = rounds(state, 1);
    expect(state.result).toBeNull();
    state = rounds(state, 1);
    expect([status(state, 'all'), status(state, 'p'), status(state, 'opt')]).toEqual(['failed', 'met', 'active']);
    expect(state.result).toEqual({ winner: 'ultron', reason: 'Failed: Beat them' });
  });

  it('survive due at the turn limit is met first', () => {
    let state = game([{ id: 's', text: '', type: 'survive', turns: 2 }], [...heroes, place('b', 'bot', 'ultron', 7, 3)], { turnLimit: 2 });
    state = rounds(state, 2);
    expect(state.result?.winner).toBe('avengers');
  });

  it('after the end nothing more can be done', () => {
    const state = act(game([{ id: 'all', text: '', type: 'defeatAll' }], [...heroes, place('b', 'bot', 'ultron', 3, 0)]), use('h', 'kill', 3, 0)).state;
    expect(state.result?.winner).toBe('avengers');
    expect(legalActions(state)).toEqual([]);
    const r = applyAction(state, endTurn);
    expect(r.ok ? null : r.error.code).toBe('game-over');
    expect(unitOf(state, 'h2').ap).toBe(2);
  });
});

describe('control is not defeat', () => {
  const control = ability('control', { range: 9, los: false, effects: [{ type: 'changeSide', turns: 2 }] });
  const convert = ability('convert', { range: 9, los: false, effects: [{ type: 'changeSide' }] });
  const scene = () => start(arena(field, [place('h', 'hero', 'avengers', 0, 0), place('b', 'bot', 'ultron', 3, 0)], {
    types: [heroWith('hero', [control, convert])],
  }));

  it('taking control of the last enemy for a while does not win the battle', () => {
    const state = act(scene(), use('h', 'control', 3, 0)).state;
    expect([state.result, state.objectives.win.status]).toEqual([null, 'active']);
    expect(unitOf(rounds(state, 2), 'b').side).toBe('ultron');
  });

  it('turning the last enemy for good does', () => {
    expect(act(scene(), use('h', 'convert', 3, 0)).state.result?.winner).toBe('avengers');
  });
});

describe('every type at the turn limit', () => {
  it.each<[ObjectiveDef['type'], ObjectiveDef, string]>([
    ['defeatAll', { id: 'o', text: '', type: 'defeatAll' }, 'failed'],
    ['defeatUnit', { id: 'o', text: '', type: 'defeatUnit', unit: 'b' }, 'failed'],
    ['evacuate', { id: 'o', text: '', type: 'evacuate', tag: 'civilian', area: 'exit', count: 1 }, 'failed'],
    ['carryItem', { id: 'o', text: '', type: 'carryItem', item: 'core', area: 'zone' }, 'failed'],
    ['holdArea', { id: 'o', text: '', type: 'holdArea', area: 'zone', turns: 5 }, 'failed'],
    ['survive', { id: 'o', text: '', type: 'survive', turns: 1 }, 'met'],
    ['protectUnit', { id: 'o', text: '', type: 'protectUnit', unit: 'h' }, 'met'],
    ['denyArea', { id: 'o', text: '', type: 'denyArea', area: 'zone' }, 'met'],
    ['limitLosses', { id: 'o', text: '', type: 'limitLosses', maxUnits: 0 }, 'met'],
  ])('%s ends %s', (_type, objective, expected) => {
    const state = rounds(game([objective], [...heroes, place('c', 'civ', 'avengers', 3, 3), place('b', 'bot', 'ultron', 7, 3)], {
      turnLimit: 1, items: [{ id: 'core', name: 'Core', at: { x: 6, y: 3 } }],
    }), 1);
    expect(status(state, 'o')).toBe(expected);
    expect(state.result?.winner).toBe(expected === 'met' && objective.type === 'survive' ? 'avengers' : expected === 'met' ? null : 'ultron');
  });
});
