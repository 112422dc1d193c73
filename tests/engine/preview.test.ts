// Previews: exact by hand, and equal to the frequencies of many seeded outcomes. Undo: only plain
// moves. Illegal actions: the right error code and the state untouched.
import { describe, expect, it } from 'vitest';
import {
  applyAction, applyActionInPlace, cloneState, preview, reachableTiles, serializeState, type AbilityDef, type Action,
  type ActionPreview, type GameState, type Scenario, type UnitPlacement,
} from '../../src/engine';
import { ability, act, arena, endTurn, hashState, heroWith, move, place, start, unitOf, unitType, use, type ArenaOptions } from './fixture';

const rows = ['.......', '.......', '....n..', '.......'];

function scenarioWith(a: AbilityDef, target: Partial<Parameters<typeof unitType>[1]> = {}, extra: UnitPlacement[] = [], targetAt = { x: 5, y: 2 }): Scenario {
  return arena(rows, [place('a', 'caster', 'avengers', 0, 2), place('t', 'target', 'ultron', targetAt.x, targetAt.y, { hp: target.hp }), ...extra], {
    types: [heroWith('caster', [a]), unitType('target', { hp: 2, ...target })],
  });
}
const previewOf = (state: GameState, action: Action): ActionPreview => {
  const r = preview(state, action);
  if (!r.ok) throw new Error(r.error.message);
  return r.preview;
};

describe('preview, by hand', () => {
  const shot = ability('shot', { accuracy: 70, effects: [{ type: 'damage', min: 2, max: 4 }] });

  it('hit chance after defence and cover; damage after armour; defeat chance folds in the hit', () => {
    // 70 - 10 defence - 20 low cover = 40%; damage 2-4 less 1 armour = 1-3; 2 hp falls to 2 or 3.
    const p = previewOf(start(scenarioWith(shot, { defence: 10, armour: 1 })), use('a', 'shot', 5, 2));
    expect(p.targets).toHaveLength(1);
    expect(p.targets[0]).toMatchObject({ unit: 't', damage: { min: 1, max: 3 }, push: null, statuses: [] });
    expect(p.targets[0].hitChance).toBeCloseTo(0.4, 10);
    expect(p.targets[0].defeatChance).toBeCloseTo(0.4 * (2 / 3), 10);
    expect([p.tiles, p.charged]).toEqual([[{ x: 5, y: 2 }], false]);
  });

  it('a shield raises what it takes to defeat', () => {
    const units = scenarioWith(shot, { defence: 10, armour: 1 });
    units.units[1].statuses = [{ id: 'shielded', turns: 2, amount: 1 }];
    const p = previewOf(start(units), use('a', 'shot', 5, 2));
    expect(p.targets[0].defeatChance).toBeCloseTo(0.4 / 3, 10);
  });

  it('a lethal push defeats for sure when it lands; a blocked push adds its bump', () => {
    const shove = ability('shove', { accuracy: 80, effects: [{ type: 'damage', min: 1, max: 1 }, { type: 'push', distance: 1 }] });
    const chasm = arena(['...._', '.....'], [place('a', 'caster', 'avengers', 0, 0), place('t', 'target', 'ultron', 3, 0, { hp: 5 })], { types: [heroWith('caster', [shove]), unitType('target')] });
    const p = previewOf(start(chasm), use('a', 'shove', 3, 0)).targets[0];
    expect(p.push).toEqual({ to: { x: 4, y: 0 }, blockedBy: null, lethal: true });
    expect(p.defeatChance).toBeCloseTo(0.8, 10);
    const wall = arena(['....#', '.....'], [place('a', 'caster', 'avengers', 0, 0), place('t', 'target', 'ultron', 3, 0, { hp: 2 })], { types: [heroWith('caster', [shove]), unitType('target')] });
    const q = previewOf(start(wall), use('a', 'shove', 3, 0)).targets[0];
    expect(q.push).toEqual({ to: { x: 3, y: 0 }, blockedBy: 'terrain', lethal: false });
    expect(q.defeatChance).toBeCloseTo(0.8, 10);
    const after = act(start(wall, 3), use('a', 'shove', 3, 0)).state;
    expect(unitOf(after, 't').out === 'killed' || unitOf(after, 't').hp === 2).toBe(true);
  });

  it('capture, statuses, a guardian, a charged attack and a move', () => {
    const net = ability('net', { effects: [{ type: 'capture', maxHpPercent: 50 }, { type: 'status', status: 'stunned', turns: 1 }] });
    const p = previewOf(start(scenarioWith(net, { hp: 4 }, [], { x: 5, y: 2 })), use('a', 'net', 5, 2)).targets[0];
    expect([p.hitChance, p.defeatChance, p.damage, p.statuses]).toEqual([1, 0, null, ['stunned']]);
    const hurt = scenarioWith(net, { hp: 4 });
    hurt.units[1].hp = 2;
    expect(previewOf(start(hurt), use('a', 'net', 5, 2)).targets[0].defeatChance).toBe(1);
    const guarded = scenarioWith(net, { hp: 4 }, [place('g', 'target', 'ultron', 6, 2, { statuses: [{ id: 'guarding', turns: 2 }] })]);
    expect(previewOf(start(guarded), use('a', 'net', 5, 2)).targets.map((t) => t.unit)).toEqual(['g']);
    const charged = previewOf(start(scenarioWith({ ...net, charged: true })), use('a', 'net', 5, 2));
    expect(charged.charged).toBe(true);
    const state = start(scenarioWith(net));
    const m = previewOf(state, move('a', 2, 1));
    const reach = reachableTiles(state, 'a').find((r) => r.to.x === 2 && r.to.y === 1)!;
    expect([m.path, m.cost, m.targets]).toEqual([reach.path, reach.cost, []]);
    expect(previewOf(state, endTurn)).toEqual({ action: endTurn, tiles: [], targets: [], charged: false });
  });

  it('draws no random number', () => {
    const state = start(scenarioWith(shot));
    preview(state, use('a', 'shot', 5, 2));
    expect(state.rngCalls).toBe(0);
  });
});

describe('preview against the frequencies of many seeds', () => {
  // Sample sizes keep 4 standard errors under about 0.035.
  const seeds = 1500;
  function sample(a: AbilityDef, target: Partial<Parameters<typeof unitType>[1]>) {
    const scenario = scenarioWith(a, target);
    const p = previewOf(start(scenario), use('a', a.id, 5, 2)).targets[0];
    let hits = 0;
    let defeats = 0;
    const damage = new Map<number, number>();
    for (let seed = 0; seed < seeds; seed++) {
      const { state, events } = act(start(scenario, seed), use('a', a.id, 5, 2));
      const rolled = events.find((e) => e.type === 'attackRolled');
      const hit = rolled?.type === 'attackRolled' ? rolled.hit : true;
      if (hit) hits++;
      if (unitOf(state, 't').out !== null) defeats++;
      if (hit) {
        const dealt = events.filter((e) => e.type === 'damaged').reduce((s, e) => s + (e.type === 'damaged' ? e.amount + e.absorbed : 0), 0);
        damage.set(dealt, (damage.get(dealt) ?? 0) + 1);
      }
    }
    return { p, hit: hits / seeds, defeat: defeats / seeds, damage, hits };
  }

  it('one roll to hit, uniform damage', () => {
    const s = sample(ability('shot', { accuracy: 60, effects: [{ type: 'damage', min: 1, max: 3 }] }), { hp: 2 });
    expect(s.p.hitChance).toBeCloseTo(0.4, 10); // 60 less the low cover beside the target
    expect(s.p.defeatChance).toBeCloseTo(0.4 * (2 / 3), 10);
    expect(Math.abs(s.hit - s.p.hitChance)).toBeLessThan(0.035);
    expect(Math.abs(s.defeat - s.p.defeatChance)).toBeLessThan(0.035);
    expect([...s.damage.keys()].sort()).toEqual([1, 2, 3]);
    for (const count of s.damage.values()) expect(Math.abs(count / s.hits - 1 / 3)).toBeLessThan(0.05);
  });

  it('two damage effects add up (a triangle, not a flat range)', () => {
    const s = sample(ability('double', { accuracy: 100, effects: [{ type: 'damage', min: 1, max: 2 }, { type: 'damage', min: 1, max: 2 }] }), { hp: 4 });
    expect(s.p.damage).toEqual({ min: 2, max: 4 });
    expect(s.p.defeatChance).toBeCloseTo(0.8 * 0.25, 10); // 80% to hit past the cover, then 2+2
    expect(Math.abs(s.defeat - s.p.defeatChance)).toBeLessThan(0.035);
    expect(Math.abs((s.damage.get(3) ?? 0) / s.hits - 0.5)).toBeLessThan(0.04);
  });
});

describe('undo', () => {
  const scene = (extra: ArenaOptions = {}) => start(arena(['......', '......'], [place('h', 'hero', 'avengers', 0, 0), place('b', 'bot', 'ultron', 5, 1)], extra));

  it.each<[string, ArenaOptions, Action, boolean]>([
    ['a plain move', {}, move('h', 2, 0), true],
    ['a move onto an item', { items: [{ id: 'core', name: 'Core', at: { x: 2, y: 0 } }] }, move('h', 2, 0), false],
    ['a move that sets off a trigger', { areas: { z: [{ x: 2, y: 0 }] }, triggers: [{ id: 't', when: { event: 'enterArea', area: 'z' }, do: [{ do: 'message', text: '!' }] }] }, move('h', 2, 0), false],
    ['a move out through an exit', { areas: { z: [{ x: 2, y: 0 }] }, types: [heroWith('hero', [], { tags: ['civilian'] })], objectives: [{ id: 'e', text: '', type: 'evacuate', tag: 'civilian', area: 'z', count: 1 }, { id: 'w', text: '', type: 'survive', turns: 5 }] }, move('h', 2, 0), false],
    ['an attack, even one that drew nothing', { types: [heroWith('hero', [ability('zap', { effects: [{ type: 'damage', min: 1, max: 1 }] })])] }, use('h', 'zap', 5, 1), false],
    ['ending the turn', {}, endTurn, false],
  ])('%s: undoable %s', (_what, extra, action, undoable) => {
    expect(act(scene(extra), action).undoable).toBe(undoable);
  });
});

describe('illegal actions', () => {
  const zap = ability('zap', { range: 3, minRange: 2, cooldown: 2, effects: [{ type: 'damage', min: 1, max: 1 }] });
  const dear = ability('dear', { ap: 3, effects: [{ type: 'damage', min: 1, max: 1 }] });
  const scenario = arena(['........', '..#.....', '........'], [
    place('h', 'hero', 'avengers', 0, 0), place('p', 'pylon', 'avengers', 0, 2), place('dead', 'hero', 'avengers', 7, 0, { hp: 1 }),
    place('b', 'bot', 'ultron', 2, 0), place('b2', 'bot', 'ultron', 3, 2), place('far', 'bot', 'ultron', 7, 2), place('ally', 'hero', 'avengers', 1, 2),
  ], { types: [heroWith('hero', [zap, dear]), unitType('pylon', { structure: true })] });
  const base = (() => {
    const s = cloneState(start(scenario));
    s.units.find((u) => u.id === 'dead')!.out = 'killed';
    return s;
  })();
  const cooled = (() => {
    const s = cloneState(base);
    s.units.find((u) => u.id === 'h')!.cooldowns = { zap: 1 };
    return s;
  })();
  const spent = (() => {
    const s = cloneState(base);
    s.units.find((u) => u.id === 'h')!.ap = 0;
    return s;
  })();
  const over = (() => {
    const s = cloneState(base);
    s.result = { winner: 'avengers', reason: 'test' };
    return s;
  })();

  const cases: [string, GameState, unknown, string][] = [
    ['the battle is over', over, endTurn, 'game-over'],
    ['no such unit', base, move('nobody', 1, 0), 'unknown-unit'],
    ['an enemy unit', base, move('b', 2, 1), 'not-your-unit'],
    ['a unit that is out', base, move('dead', 6, 0), 'unit-out'],
    ['a unit with no points', spent, move('h', 1, 0), 'no-action-points'],
    ['an ability dearer than the points', base, use('h', 'dear', 2, 0), 'no-action-points'],
    ['a structure', base, move('p', 1, 2), 'cannot-act'],
    ['a tile out of reach', base, move('h', 7, 1), 'unreachable'],
    ['an unknown ability', base, use('h', 'laser', 2, 0), 'unknown-ability'],
    ['an ability on cooldown', cooled, use('h', 'zap', 3, 2), 'on-cooldown'],
    ['a target too far', base, use('h', 'zap', 7, 2), 'out-of-range'],
    ['a target too near', base, use('h', 'zap', 1, 0), 'out-of-range'],
    ['a target out of sight', base, use('h', 'zap', 3, 2), 'no-line-of-sight'],
    ['an ally for an enemy ability', base, use('h', 'zap', 1, 2), 'bad-target'],
    ['an empty tile for an enemy ability', base, use('h', 'zap', 2, 1), 'bad-target'],
    ['not an object', base, null, 'malformed-action'],
    ['an unknown type', base, { type: 'fly' }, 'malformed-action'],
    ['a move without a tile', base, { type: 'move', unit: 'h' }, 'malformed-action'],
    ['a move to half a tile', base, { type: 'move', unit: 'h', to: { x: 1.5, y: 0 } }, 'malformed-action'],
    ['an ability without a target', base, { type: 'ability', unit: 'h', ability: 'zap' }, 'malformed-action'],
    ['a unit that is not a name', base, { type: 'move', unit: 7, to: { x: 1, y: 0 } }, 'malformed-action'],
  ];

  it.each(cases)('%s: %s', (_what, state, action, expected) => {
    const text = serializeState(state);
    const hash = hashState(state);
    const r = applyAction(state, action as Action);
    expect(r.ok ? 'ok' : r.error.code).toBe(expected);
    if (!r.ok) expect(r.error.message.length).toBeGreaterThan(5);
    const p = preview(state, action as Action);
    expect(p.ok ? 'ok' : p.error.code).toBe(expected);
    const copy = cloneState(state);
    const fast = applyActionInPlace(copy, action as Action);
    expect(fast.ok ? 'ok' : fast.error.code).toBe(expected);
    expect([serializeState(state), hashState(state), serializeState(copy)]).toEqual([text, hash, text]);
  });
});
