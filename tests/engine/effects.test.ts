// Each effect primitive on its own: dash, teleport, heal, shield, status, cleanse, spawn, pickup,
// drop, changeSide, capture, transform, terrain and wreck.
import { describe, expect, it } from 'vitest';
import { terrainAt, type AbilityDef, type Effect, type ItemDef, type StatusInstance, type UnitPlacement } from '../../src/engine';
import { ability, act, arena, endTurn, eventsOf, has, heroWith, place, start, unitOf, unitType, use } from './fixture';

const field = ['........', '........', '........', '........'];

/** Caster 'a' at (0,0) with one ability 'x'; an enemy 'far' in the far corner keeps the battle going. */
function cast(a: AbilityDef, units: UnitPlacement[] = [], opts: { rows?: string[]; items?: ItemDef[] } = {}) {
  const rows = opts.rows ?? field;
  return start(arena(rows, [place('a', 'caster', 'avengers', 0, 0), ...units, place('far', 'tank', 'ultron', rows[0].length - 1, rows.length - 1)], {
    types: [heroWith('caster', [a]), unitType('tank', { hp: 10 }), unitType('big', { hp: 20 }), unitType('drone', { flying: true })],
    items: opts.items ?? [],
  }));
}
const x = (effects: Effect[], more: Partial<AbilityDef> = {}) => ability('x', { effects, los: false, ...more });

describe('dash', () => {
  const dash = x([{ type: 'dash' }], { target: 'tile', range: 5 });
  it.each<[string, string[], UnitPlacement[], [number, number], [number, number]]>([
    ['to the target tile', field, [], [4, 0], [4, 0]],
    ['diagonally', field, [], [3, 3], [3, 3]],
    ['stops before a unit in the way', field, [place('e', 'tank', 'ultron', 3, 0)], [5, 0], [2, 0]],
    ['stops before water', ['...~....', '........', '........', '........'], [], [5, 0], [2, 0]],
    ['stops before a wall', ['..#.....', '........', '........', '........'], [], [5, 0], [1, 0]],
    ['never past a tile off the straight lines', field, [], [4, 2], [4, 2]],
  ])('%s', (_what, rows, units, target, end) => {
    const after = act(cast(dash, units, { rows }), use('a', 'x', ...target)).state;
    expect([unitOf(after, 'a').x, unitOf(after, 'a').y]).toEqual(end);
  });
});

describe('teleport', () => {
  it('lands on a free tile past walls and water', () => {
    const tp = x([{ type: 'teleport' }], { target: 'empty', range: 6 });
    const after = act(cast(tp, [], { rows: ['.#~.....', '###.....', '........', '........'] }), use('a', 'x', 3, 0)).state;
    expect([unitOf(after, 'a').x, unitOf(after, 'a').y]).toEqual([3, 0]);
  });
  it('cannot aim at an occupied or unstandable tile', () => {
    const tp = x([{ type: 'teleport' }], { target: 'empty', range: 6 });
    const state = cast(tp, [place('e', 'tank', 'ultron', 2, 0)], { rows: ['.~......', '........', '........', '........'] });
    for (const [tx, ty] of [[2, 0], [1, 0]]) expect(() => act(state, use('a', 'x', tx, ty))).toThrow(/bad-target/);
  });
});

describe('heal and shield', () => {
  it.each([[2, 5], [9, 10], [10, 10]])('heal 3 from %i hp of 10 gives %i', (hp, final) => {
    const mend = x([{ type: 'heal', amount: 3 }], { target: 'ally' });
    const { state, events } = act(cast(mend, [place('p', 'tank', 'avengers', 1, 0, { hp })]), use('a', 'x', 1, 0));
    expect(unitOf(state, 'p').hp).toBe(final);
    expect(eventsOf(events, 'healed').map((e) => e.amount)).toEqual(final > hp ? [final - hp] : []);
  });

  it('a shield is a status with an amount and turns', () => {
    const guard = x([{ type: 'shield', amount: 4, turns: 2 }], { target: 'ally' });
    const after = act(cast(guard, [place('p', 'tank', 'avengers', 1, 0)]), use('a', 'x', 1, 0)).state;
    expect(unitOf(after, 'p').statuses).toEqual([{ id: 'shielded', turns: 2, amount: 4 }]);
  });

  it('a second shield keeps the larger amount and the longer duration', () => {
    const guard = x([{ type: 'shield', amount: 2, turns: 1 }], { target: 'ally' });
    const after = act(cast(guard, [place('p', 'tank', 'avengers', 1, 0, { statuses: [{ id: 'shielded', turns: 3, amount: 1 }] })]), use('a', 'x', 1, 0)).state;
    expect(unitOf(after, 'p').statuses).toEqual([{ id: 'shielded', turns: 3, amount: 2 }]);
  });
});

describe('status and cleanse', () => {
  it('applies a status for its turns; again, it keeps the longer', () => {
    const stun = x([{ type: 'status', status: 'stunned', turns: 2 }]);
    const fresh = act(cast(stun, [place('e', 'tank', 'ultron', 2, 0)]), use('a', 'x', 2, 0));
    expect(unitOf(fresh.state, 'e').statuses).toEqual([{ id: 'stunned', turns: 2 }]);
    expect(eventsOf(fresh.events, 'statusApplied')).toEqual([{ type: 'statusApplied', unit: 'e', status: 'stunned', turns: 2 }]);
    const longer = act(cast(stun, [place('e', 'tank', 'ultron', 2, 0, { statuses: [{ id: 'stunned', turns: 5 }] })]), use('a', 'x', 2, 0));
    expect(unitOf(longer.state, 'e').statuses).toEqual([{ id: 'stunned', turns: 5 }]);
  });

  it('cleanse removes only the statuses it names', () => {
    const clean = x([{ type: 'cleanse', statuses: ['stunned', 'hexed'] }], { target: 'ally' });
    const statuses: StatusInstance[] = [{ id: 'stunned', turns: 1 }, { id: 'hexed', turns: 2 }, { id: 'shielded', turns: 2, amount: 3 }];
    const { state, events } = act(cast(clean, [place('p', 'tank', 'avengers', 1, 0, { statuses })]), use('a', 'x', 1, 0));
    expect(unitOf(state, 'p').statuses.map((s) => s.id)).toEqual(['shielded']);
    expect(eventsOf(events, 'statusEnded').map((e) => e.status)).toEqual(['stunned', 'hexed']);
  });
});

describe('spawn', () => {
  const summon = (side?: string) => x([{ type: 'spawn', unitType: 'tank', side }], { target: 'tile', range: 6 });
  it('puts a new unit of the caster\'s side on the target tile', () => {
    const { state, events } = act(cast(summon()), use('a', 'x', 3, 1));
    const spawned = state.units.find((u) => u.id === 'tank-1');
    expect(spawned).toMatchObject({ type: 'tank', side: 'avengers', baseSide: 'avengers', x: 3, y: 1, hp: 10, ap: 0, out: null });
    expect(eventsOf(events, 'spawned')).toEqual([{ type: 'spawned', unit: 'tank-1', unitType: 'tank', side: 'avengers', at: { x: 3, y: 1 } }]);
  });
  it('uses the nearest free tile when the target is taken, and the side it names', () => {
    const state = act(cast(summon('ultron'), [place('p', 'tank', 'avengers', 3, 1)]), use('a', 'x', 3, 1)).state;
    const spawned = state.units.find((u) => u.id === 'tank-1')!;
    expect(spawned.side).toBe('ultron');
    expect([spawned.x, spawned.y]).toEqual([2, 0]); // ring 1, row by row: (2,0) comes first
  });
});

describe('pickup and drop', () => {
  it('picks up an item lying on the target tile', () => {
    const grab = x([{ type: 'pickup' }], { target: 'item', range: 3 });
    const { state, events } = act(cast(grab, [], { items: [{ id: 'key', name: 'Key', at: { x: 2, y: 1 } }] }), use('a', 'x', 2, 1));
    expect(state.items[0]).toEqual({ id: 'key', name: 'Key', x: null, y: null, carrier: 'a' });
    expect(unitOf(state, 'a').carrying).toBe('key');
    expect(eventsOf(events, 'itemPickedUp')).toEqual([{ type: 'itemPickedUp', unit: 'a', item: 'key' }]);
  });
  it('takes an item from the unit carrying it', () => {
    const grab = x([{ type: 'pickup' }], { target: 'item', range: 3 });
    const state = act(cast(grab, [place('e', 'tank', 'ultron', 2, 0)], { items: [{ id: 'key', name: 'Key', carrier: 'e' }] }), use('a', 'x', 2, 0)).state;
    expect(unitOf(state, 'e').carrying).toBeNull();
    expect(unitOf(state, 'a').carrying).toBe('key');
  });
  it('takes nothing from a carrier it misses', () => {
    const snatch = x([{ type: 'pickup' }], { target: 'item', range: 3, accuracy: 0 });
    const { state, events } = act(cast(snatch, [place('e', 'tank', 'ultron', 2, 0)], { items: [{ id: 'key', name: 'Key', carrier: 'e' }] }), use('a', 'x', 2, 0));
    expect(eventsOf(events, 'attackRolled')).toEqual([{ type: 'attackRolled', unit: 'a', target: 'e', chance: 0, hit: false }]);
    expect([unitOf(state, 'e').carrying, unitOf(state, 'a').carrying]).toEqual(['key', null]);
  });

  it('drops the carried item on the target tile', () => {
    const put = x([{ type: 'drop' }], { target: 'tile', range: 3 });
    const { state, events } = act(cast(put, [], { items: [{ id: 'key', name: 'Key', carrier: 'a' }] }), use('a', 'x', 1, 1));
    expect(state.items[0]).toMatchObject({ carrier: null, x: 1, y: 1 });
    expect(eventsOf(events, 'itemDropped')).toEqual([{ type: 'itemDropped', unit: 'a', item: 'key', at: { x: 1, y: 1 } }]);
  });
});

describe('changeSide', () => {
  it('for good: the unit joins the caster\'s side and stays', () => {
    const convert = x([{ type: 'changeSide' }]);
    let state = act(cast(convert, [place('e', 'tank', 'ultron', 2, 0)]), use('a', 'x', 2, 0)).state;
    expect(unitOf(state, 'e')).toMatchObject({ side: 'avengers', baseSide: 'avengers', ap: 0 });
    for (let i = 0; i < 6; i++) state = act(state, endTurn).state;
    expect(unitOf(state, 'e').side).toBe('avengers');
  });

  it('for a while: controlled, then back to its own side when the status ends', () => {
    const control = x([{ type: 'changeSide', turns: 2 }]);
    let state = act(cast(control, [place('e', 'tank', 'ultron', 2, 0)]), use('a', 'x', 2, 0)).state;
    expect(unitOf(state, 'e')).toMatchObject({ side: 'avengers', baseSide: 'ultron' });
    expect(unitOf(state, 'e').statuses).toEqual([{ id: 'controlled', turns: 2, side: 'avengers' }]);
    const sides: string[] = [];
    for (let i = 0; i < 4; i++) {
      state = act(state, endTurn).state;
      sides.push(`${state.side}:${unitOf(state, 'e').side}`);
    }
    expect(sides).toContain('avengers:avengers'); // it fights for the Avengers for a turn of theirs
    expect(unitOf(state, 'e').side).toBe('ultron');
    expect(has(state, 'e', 'controlled')).toBe(false);
  });

  it('a different side named by the effect', () => {
    const convert = x([{ type: 'changeSide', side: 'ultron' }], { target: 'ally' });
    const state = act(cast(convert, [place('p', 'tank', 'avengers', 1, 0)]), use('a', 'x', 1, 0)).state;
    expect(unitOf(state, 'p').side).toBe('ultron');
  });
});

describe('capture', () => {
  it.each<[string, number, StatusInstance[], boolean]>([
    ['at the threshold', 5, [], true], ['below it', 2, [], true], ['above it', 6, [], false],
    ['stunned, however healthy', 10, [{ id: 'stunned', turns: 1 }], true], ['hexed, however healthy', 10, [{ id: 'hexed', turns: 1 }], true],
  ])('%s (hp %i of 10, threshold 50%%): captured %s', (_what, hp, statuses, captured) => {
    const net = x([{ type: 'capture', maxHpPercent: 50 }]);
    const state = act(cast(net, [place('e', 'tank', 'ultron', 2, 0, { hp, statuses })]), use('a', 'x', 2, 0)).state;
    expect(unitOf(state, 'e').out).toBe(captured ? 'captured' : null);
    expect(state.stats.losses.ultron ?? 0).toBe(captured ? 1 : 0);
  });
});

describe('transform', () => {
  it('keeps id, side and place, scales hp to the new maximum, and clears cooldowns', () => {
    const grow = x([{ type: 'transform', into: 'big' }], { target: 'ally' });
    const state = act(cast(grow, [place('p', 'tank', 'avengers', 1, 0, { hp: 5 })]), use('a', 'x', 1, 0)).state;
    expect(unitOf(state, 'p')).toMatchObject({ id: 'p', type: 'big', side: 'avengers', x: 1, y: 0, hp: 10 });
  });
  it('never leaves a unit at 0 hp', () => {
    const shrink = x([{ type: 'transform', into: 'drone' }], { target: 'ally' });
    const state = act(cast(shrink, [place('p', 'big', 'avengers', 1, 0, { hp: 1 })]), use('a', 'x', 1, 0)).state;
    expect(unitOf(state, 'p')).toMatchObject({ type: 'drone', hp: 1 });
  });
});

describe('terrain and wreck', () => {
  it('terrain turns every tile of the area; a walker left on a chasm falls', () => {
    const quake = x([{ type: 'terrain', into: 'chasm' }], { target: 'tile', area: { shape: 'blast', size: 1 } });
    const state = act(cast(quake, [place('e', 'tank', 'ultron', 3, 2), place('d', 'drone', 'ultron', 4, 2)]), use('a', 'x', 3, 2)).state;
    for (let ty = 1; ty <= 3; ty++) for (let tx = 2; tx <= 4; tx++) expect(terrainAt(state, tx, ty)).toBe('chasm');
    expect(unitOf(state, 'e').out).toBe('fell');
    expect(unitOf(state, 'd').out).toBeNull();
  });

  it.each<[string, string, number[], string, number]>([
    ['low cover takes 2 and becomes rough', 'n', [1, 1], 'rough', 1],
    ['high cover takes 3 and becomes debris', 'N', [3], 'debris', 1],
    ['a building takes 4 and becomes debris', 'B', [2, 1], 'building', 0],
    ['a building wrecked', 'B', [2, 2], 'debris', 1],
    ['walls cannot be wrecked', '#', [9], 'wall', 0],
    ['open ground cannot be wrecked', '.', [9], 'open', 0],
  ])('%s', (_what, glyph, hits, after, counted) => {
    const rows = [`..${glyph}.....`, '........', '........', '........'];
    let state = cast(x([{ type: 'wreck', amount: 1 }], { target: 'tile' }), [], { rows });
    for (const amount of hits) {
      const smash = x([{ type: 'wreck', amount }], { target: 'tile' });
      const scenario = { ...state.scenario, unitTypes: { ...state.scenario.unitTypes, caster: heroWith('caster', [smash]) } };
      state = act({ ...state, scenario }, use('a', 'x', 2, 0)).state;
      state = act(act(state, endTurn).state, endTurn).state;
    }
    expect(terrainAt(state, 2, 0)).toBe(after);
    expect(state.stats.terrainWrecked).toBe(counted);
  });
});
