// Damage, armour and shields; every area shape and the units it strikes; friendly fire.
import { describe, expect, it } from 'vitest';
import { abilityTiles, applyAction, type AbilityDef, type Effect, type Pos, type StatusInstance, type UnitPlacement } from '../../src/engine';
import { ability, act, arena, eventsOf, heroWith, place, start, unitOf, unitType, use } from './fixture';

const sortTiles = (tiles: Pos[]) => [...tiles].sort((a, b) => a.y - b.y || a.x - b.x);
const tiles = (...pairs: [number, number][]) => sortTiles(pairs.map(([x, y]) => ({ x, y })));

/** The caster 'a' (a gunner with `abilities`) and the other units on an open map. */
function fight(abilities: AbilityDef[], units: UnitPlacement[], rows = ['.......', '.......', '.......', '.......', '.......'], more: Partial<Parameters<typeof unitType>[1]> = {}) {
  return start(arena(rows, units, { types: [heroWith('gunner', abilities), unitType('tank', { hp: 10, ...more })] }));
}

describe('damage and armour', () => {
  it.each<[string, Effect, number, StatusInstance[], number]>([
    ['a plain hit', { type: 'damage', min: 3, max: 3 }, 0, [], 3],
    ['less armour', { type: 'damage', min: 3, max: 3 }, 1, [], 2],
    ['at least 1 when it lands', { type: 'damage', min: 3, max: 3 }, 5, [], 1],
    ['pierce ignores armour', { type: 'damage', min: 3, max: 3, pierce: true }, 2, [], 3],
    ['enraged adds 2', { type: 'damage', min: 3, max: 3 }, 1, [{ id: 'enraged', turns: 1 }], 4],
    ['a 0 minimum can deal nothing', { type: 'damage', min: 0, max: 2 }, 5, [], 0],
  ])('%s', (_what, effect, armour, casterStatuses, lost) => {
    const state = start(arena(['.....'], [place('a', 'gunner', 'avengers', 0, 0, { statuses: casterStatuses }), place('t', 'tank', 'ultron', 2, 0)], {
      types: [heroWith('gunner', [ability('hit', { effects: [effect] })]), unitType('tank', { hp: 10, armour })],
    }));
    const after = act(state, use('a', 'hit', 2, 0)).state;
    expect(unitOf(after, 't').hp).toBe(10 - lost);
  });

  it('damage rolls land in [min, max] less armour and use every value', () => {
    const seen = new Set<number>();
    const { scenario } = fight([ability('hit', { effects: [{ type: 'damage', min: 2, max: 5 }] })],
      [place('a', 'gunner', 'avengers', 0, 0), place('t', 'tank', 'ultron', 2, 0)], undefined, { armour: 1 });
    for (let seed = 0; seed < 60; seed++) {
      seen.add(10 - unitOf(act(start(scenario, seed), use('a', 'hit', 2, 0)).state, 't').hp);
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });

  it('a unit brought to 0 hp is out, killed, and counted as its side\'s loss', () => {
    const state = fight([ability('hit', { effects: [{ type: 'damage', min: 12, max: 12 }] })],
      [place('a', 'gunner', 'avengers', 0, 0), place('t', 'tank', 'ultron', 2, 0), place('t2', 'tank', 'ultron', 4, 4)]);
    const { state: after, events } = act(state, use('a', 'hit', 2, 0));
    expect(unitOf(after, 't')).toMatchObject({ hp: 0, out: 'killed' });
    expect(after.stats.losses).toEqual({ ultron: 1 });
    expect(eventsOf(events, 'defeated')).toEqual([{ type: 'defeated', unit: 't', how: 'killed' }]);
  });
});

describe('shields', () => {
  const shielded = (amount: number, hit: number) => fight([ability('hit', { effects: [{ type: 'damage', min: hit, max: hit }] })],
    [place('a', 'gunner', 'avengers', 0, 0), place('t', 'tank', 'ultron', 2, 0, { statuses: [{ id: 'shielded', turns: 3, amount }] })]);

  it('absorb damage before hp and break when spent', () => {
    const { state, events } = act(shielded(3, 5), use('a', 'hit', 2, 0));
    expect(unitOf(state, 't').hp).toBe(8);
    expect(unitOf(state, 't').statuses).toEqual([]);
    expect(eventsOf(events, 'damaged')).toEqual([{ type: 'damaged', unit: 't', amount: 2, absorbed: 3, hp: 8 }]);
  });

  it('keep what they did not absorb', () => {
    const { state } = act(shielded(3, 2), use('a', 'hit', 2, 0));
    expect(unitOf(state, 't').hp).toBe(10);
    expect(unitOf(state, 't').statuses).toEqual([{ id: 'shielded', turns: 3, amount: 1 }]);
  });
});

describe('area shapes: the tiles they touch', () => {
  const rows = ['.......', '.......', '...#...', '.......', '.......'];
  const shape = (area: AbilityDef['area'], target: AbilityDef['target'] = 'tile', range = 4) =>
    ability('area', { target, range, area, los: false, effects: [{ type: 'damage', min: 1, max: 1 }] });
  const casterAt = (x: number, y: number, extra: UnitPlacement[] = []) =>
    fight([], [place('a', 'gunner', 'avengers', x, y), place('z', 'tank', 'ultron', 6, 4), ...extra], rows);
  const touched = (state: ReturnType<typeof casterAt>, a: AbilityDef, at: Pos) => {
    const withAbility = { ...state, scenario: { ...state.scenario, unitTypes: { ...state.scenario.unitTypes, gunner: heroWith('gunner', [a]) } } };
    return sortTiles(abilityTiles(withAbility, 'a', a.id, at));
  };

  it.each<[string, AbilityDef['area'], Pos, Pos, Pos[]]>([
    ['single', { shape: 'single' }, { x: 0, y: 0 }, { x: 2, y: 1 }, tiles([2, 1])],
    ['line, ability range long', { shape: 'line' }, { x: 0, y: 0 }, { x: 1, y: 0 }, tiles([1, 0], [2, 0], [3, 0], [4, 0])],
    ['line of size 2', { shape: 'line', size: 2 }, { x: 0, y: 0 }, { x: 3, y: 0 }, tiles([1, 0], [2, 0])],
    ['line stopped by a wall (the wall is struck)', { shape: 'line' }, { x: 0, y: 2 }, { x: 2, y: 2 }, tiles([1, 2], [2, 2], [3, 2])],
    ['diagonal line stopped by the edge', { shape: 'line' }, { x: 1, y: 2 }, { x: 2, y: 1 }, tiles([2, 1], [3, 0])],
    ['cone of depth 2', { shape: 'cone', size: 2 }, { x: 0, y: 2 }, { x: 1, y: 2 }, tiles([1, 1], [1, 2], [1, 3], [2, 0], [2, 1], [2, 2], [2, 3], [2, 4])],
    ['blast of 1', { shape: 'blast' }, { x: 0, y: 0 }, { x: 3, y: 3 }, tiles([2, 2], [3, 2], [4, 2], [2, 3], [3, 3], [4, 3], [2, 4], [3, 4], [4, 4])],
    ['blast clipped by the edge', { shape: 'blast', size: 1 }, { x: 3, y: 3 }, { x: 0, y: 0 }, tiles([0, 0], [1, 0], [0, 1], [1, 1])],
    ['adjacent', { shape: 'adjacent' }, { x: 1, y: 1 }, { x: 1, y: 1 }, tiles([0, 0], [1, 0], [2, 0], [0, 1], [2, 1], [0, 2], [1, 2], [2, 2])],
    ['adjacent at a corner', { shape: 'adjacent' }, { x: 0, y: 0 }, { x: 0, y: 0 }, tiles([1, 0], [0, 1], [1, 1])],
  ])('%s', (_what, area, caster, at, expected) => {
    expect(touched(casterAt(caster.x, caster.y), shape(area), at)).toEqual(expected);
  });

  it('a cone needs sight of each tile: the wall is struck, what it hides is not', () => {
    const hit = touched(casterAt(2, 2), shape({ shape: 'cone', size: 2 }), { x: 3, y: 2 });
    expect(hit).toEqual(expect.arrayContaining(tiles([3, 1], [3, 2], [3, 3], [4, 0], [4, 4])));
    expect(hit).not.toContainEqual({ x: 4, y: 2 });
    expect(hit.every((t) => t.x >= 3)).toBe(true);
  });

  it('a blast of 2 covers 25 tiles', () => {
    expect(touched(casterAt(0, 0), shape({ shape: 'blast', size: 2 }), { x: 3, y: 2 })).toHaveLength(25);
  });

  it('a line must run straight or diagonally', () => {
    const state = fight([shape({ shape: 'line' })], [place('a', 'gunner', 'avengers', 0, 0), place('z', 'tank', 'ultron', 6, 4)]);
    const r = applyAction(state, use('a', 'area', 2, 1));
    expect(r.ok ? null : r.error.code).toBe('bad-target');
    expect(applyAction(state, use('a', 'area', 2, 2)).ok).toBe(true);
  });
});

describe('chains', () => {
  // e1 is the target; e3 is nearest to it; e2 and e4 tie from e3 (id order decides); a is an ally.
  const units = [
    place('a', 'gunner', 'avengers', 0, 0), place('e1', 'tank', 'ultron', 2, 0), place('e3', 'tank', 'ultron', 3, 0),
    place('e2', 'tank', 'ultron', 2, 2), place('e4', 'tank', 'ultron', 5, 0), place('ally', 'tank', 'avengers', 3, 1),
  ];
  const zap = (chain?: number, chainRange?: number) => ability('zap', { area: { shape: 'chain', chain, chainRange }, effects: [{ type: 'damage', min: 1, max: 1 }] });
  const struck = (chain?: number, chainRange?: number, extra: UnitPlacement[] = [], stealthE3 = false) => {
    const placed = units.map((u) => (stealthE3 && u.id === 'e3' ? { ...u, statuses: [{ id: 'stealthed' as const, turns: null }] } : u));
    const state = fight([zap(chain, chainRange)], [...placed, ...extra]);
    const { state: after, events } = act(state, use('a', 'zap', 2, 0));
    expect(unitOf(after, 'ally').hp).toBe(10);
    return eventsOf(events, 'damaged').map((e) => e.unit);
  };

  it.each<[string, number | undefined, number | undefined, string[]]>([
    ['default: 2 hops within 3', undefined, undefined, ['e1', 'e3', 'e2']],
    ['3 hops', 3, 3, ['e1', 'e3', 'e2', 'e4']],
    ['no hops', 0, 3, ['e1']],
    ['a short reach ends the chain early', 3, 1, ['e1', 'e3']],
  ])('%s strikes %j in order', (_what, chain, range, order) => {
    expect(struck(chain, range)).toEqual(order);
  });

  it('skips a stealthed enemy that is not beside the caster', () => {
    expect(struck(3, 3, [], true)).toEqual(['e1', 'e2', 'e4']);
  });
});

describe('who an area strikes', () => {
  const bomb = (friendlyFire?: boolean, target: AbilityDef['target'] = 'tile') =>
    ability('bomb', { target, friendlyFire, area: { shape: 'blast', size: 1 }, effects: [{ type: 'damage', min: 2, max: 2 }] });
  const units = [
    place('a', 'gunner', 'avengers', 1, 1), place('pal', 'tank', 'avengers', 2, 2), place('foe', 'tank', 'ultron', 3, 2),
    place('civ', 'tank', 'bystanders', 2, 1), place('far', 'tank', 'ultron', 6, 4),
  ];
  const hits = (a: AbilityDef) => {
    const state = start(arena(['.......', '.......', '.......', '.......', '.......'], units, {
      types: [heroWith('gunner', [a]), unitType('tank', { hp: 10 })],
      sides: [{ id: 'avengers', name: 'A', enemies: ['ultron'] }, { id: 'ultron', name: 'U', enemies: ['avengers'] }, { id: 'bystanders', name: 'B', enemies: [], passive: true }],
    }));
    const after = act(state, use('a', 'bomb', 2, 1)).state;
    return after.units.filter((u) => u.hp < 10 && u.id !== 'a').map((u) => u.id).sort();
  };

  it('without friendly fire: enemies and bystanders, never allies or the caster', () => {
    expect(hits(bomb(false))).toEqual(['civ', 'foe']);
  });

  it('with friendly fire: allies too, still never the caster', () => {
    expect(hits(bomb(true))).toEqual(['civ', 'foe', 'pal']);
  });

  it('an ally-targeted area reaches only the caster\'s side', () => {
    const mend = ability('bomb', { target: 'ally', area: { shape: 'blast', size: 1 }, effects: [{ type: 'heal', amount: 3 }] });
    const state = start(arena(['.......', '.......', '.......'], [
      place('a', 'gunner', 'avengers', 1, 1, { hp: 1 }), place('pal', 'tank', 'avengers', 2, 1, { hp: 1 }),
      place('foe', 'tank', 'ultron', 3, 1, { hp: 1 }), place('far', 'tank', 'ultron', 6, 2),
    ], { types: [heroWith('gunner', [mend]), unitType('tank', { hp: 10 })] }));
    const after = act(state, use('a', 'bomb', 2, 1)).state;
    expect(['a', 'pal', 'foe'].map((id) => unitOf(after, id).hp)).toEqual([4, 4, 1]);
  });
});
