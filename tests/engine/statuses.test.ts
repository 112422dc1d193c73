// Statuses and their durations, cooldowns, abilities that keep the turn going, and charged attacks.
import { describe, expect, it } from 'vitest';
import { applyAction, legalActions, type AbilityDef, type StatusInstance, type UnitPlacement } from '../../src/engine';
import { ability, act, arena, endTurn, eventsOf, has, heroWith, move, passTo, place, start, unitOf, unitType, use } from './fixture';

const field = ['........', '........', '........', '........'];
const hit = (more: Partial<AbilityDef> = {}) => ability('hit', { effects: [{ type: 'damage', min: 1, max: 1 }], ...more });
const types = (...abilities: AbilityDef[]) => [heroWith('caster', abilities), unitType('tank', { hp: 10, abilities: [hit()] })];

function battle(abilities: AbilityDef[], units: UnitPlacement[], casterStatuses: StatusInstance[] = []) {
  return start(arena(field, [place('a', 'caster', 'avengers', 0, 0, { statuses: casterStatuses }), ...units], { types: types(...abilities) }));
}
const code = (r: ReturnType<typeof applyAction>) => (r.ok ? 'ok' : r.error.code);

describe('stunned and hexed', () => {
  it.each(['stunned', 'hexed'] as const)('%s for 1 turn: the enemy loses its next turn\'s action points, then recovers', (status) => {
    const zap = ability('zap', { effects: [{ type: 'status', status, turns: 1 }] });
    let state = act(battle([zap], [place('e', 'tank', 'ultron', 2, 0)]), use('a', 'zap', 2, 0)).state;
    state = act(state, endTurn).state;
    expect(state.side).toBe('ultron');
    expect(unitOf(state, 'e').ap).toBe(0);
    expect(legalActions(state, 'e')).toEqual([]);
    expect(code(applyAction(state, move('e', 3, 0)))).toBe('no-action-points');
    const ended = act(state, endTurn);
    expect(eventsOf(ended.events, 'statusEnded')).toEqual([{ type: 'statusEnded', unit: 'e', status }]);
    state = passTo(ended.state, 'ultron');
    expect(unitOf(state, 'e').ap).toBe(2);
  });

  it('a status of 2 turns lasts through two of the owner\'s turns', () => {
    const zap = ability('zap', { effects: [{ type: 'status', status: 'stunned', turns: 2 }] });
    let state = act(battle([zap], [place('e', 'tank', 'ultron', 2, 0)]), use('a', 'zap', 2, 0)).state;
    const apByUltronTurn: number[] = [];
    for (let i = 0; i < 3; i++) {
      state = passTo(state, 'ultron');
      apByUltronTurn.push(unitOf(state, 'e').ap);
      state = act(state, endTurn).state;
    }
    expect(apByUltronTurn).toEqual([0, 0, 2]);
  });

  it('a status put on a unit of the side whose turn it is counts that turn as its first (docs/dev/ENGINE-NOTES.md)', () => {
    const ward = ability('ward', { target: 'ally', effects: [{ type: 'shield', amount: 3, turns: 1 }] });
    const state = act(battle([ward], [place('p', 'tank', 'avengers', 1, 0), place('e', 'tank', 'ultron', 7, 3)]), use('a', 'ward', 1, 0)).state;
    expect(has(state, 'p', 'shielded')).toBe(true);
    expect(has(act(state, endTurn).state, 'p', 'shielded')).toBe(false);
  });

  it('a stun put on the side whose turn it is takes its action points at once', () => {
    const daze = ability('daze', { target: 'ally', endsTurn: false, effects: [{ type: 'status', status: 'stunned', turns: 1 }] });
    const state = act(battle([daze], [place('p', 'tank', 'avengers', 1, 0), place('e', 'tank', 'ultron', 7, 3)]), use('a', 'daze', 1, 0)).state;
    expect(unitOf(state, 'p').ap).toBe(0);
  });
});

describe('stealthed', () => {
  const units = (d: number) => [place('e', 'tank', 'ultron', d, 0, { statuses: [{ id: 'stealthed', turns: null }] as StatusInstance[] }), place('e2', 'tank', 'ultron', 7, 3)];

  it('can be targeted by enemies only from an adjacent tile', () => {
    expect(code(applyAction(battle([hit()], units(3)), use('a', 'hit', 3, 0)))).toBe('bad-target');
    expect(code(applyAction(battle([hit()], units(1)), use('a', 'hit', 1, 0)))).toBe('ok');
  });

  it('is not hidden from its own side', () => {
    const mend = ability('mend', { target: 'ally', effects: [{ type: 'heal', amount: 1 }] });
    const state = battle([mend], [place('p', 'tank', 'avengers', 3, 0, { hp: 5, statuses: [{ id: 'stealthed', turns: null }] }), place('e', 'tank', 'ultron', 7, 3)]);
    expect(code(applyAction(state, use('a', 'mend', 3, 0)))).toBe('ok');
  });

  it('is still struck by an area', () => {
    const bomb = ability('bomb', { target: 'tile', area: { shape: 'blast', size: 1 }, effects: [{ type: 'damage', min: 2, max: 2 }] });
    const after = act(battle([bomb], units(3)), use('a', 'bomb', 3, 1)).state;
    expect(unitOf(after, 'e').hp).toBe(8);
  });

  it('ends when the stealthed unit deals damage, not when it does something else', () => {
    const mark = ability('mark', { effects: [{ type: 'status', status: 'enraged', turns: 1 }] });
    const sneaky: StatusInstance[] = [{ id: 'stealthed', turns: null }];
    const e = [place('e', 'tank', 'ultron', 2, 0)];
    expect(has(act(battle([hit()], e, sneaky), use('a', 'hit', 2, 0)).state, 'a', 'stealthed')).toBe(false);
    expect(has(act(battle([mark], e, sneaky), use('a', 'mark', 2, 0)).state, 'a', 'stealthed')).toBe(true);
  });
});

describe('guarding', () => {
  const guarded = (guardians: UnitPlacement[]) => battle([hit({ effects: [{ type: 'damage', min: 3, max: 3 }] }),
    ability('bomb', { target: 'tile', area: { shape: 'blast', size: 0 }, effects: [{ type: 'damage', min: 3, max: 3 }] })],
  [place('t', 'tank', 'ultron', 3, 0), ...guardians]);
  const guard = (id: string, x: number, y: number) => place(id, 'tank', 'ultron', x, y, { statuses: [{ id: 'guarding', turns: 2 }] });

  it('an adjacent guardian takes a single-target attack instead, once', () => {
    const { state, events } = act(guarded([guard('g', 4, 1)]), use('a', 'hit', 3, 0));
    expect([unitOf(state, 't').hp, unitOf(state, 'g').hp]).toEqual([10, 7]);
    expect(has(state, 'g', 'guarding')).toBe(false);
    expect(eventsOf(events, 'statusEnded')).toEqual([{ type: 'statusEnded', unit: 'g', status: 'guarding' }]);
    const again = act(passTo(act(state, endTurn).state, 'avengers'), use('a', 'hit', 3, 0)).state;
    expect(unitOf(again, 't').hp).toBe(7);
  });

  it('the lowest id guards when several could', () => {
    const state = act(guarded([guard('g2', 4, 1), guard('g1', 3, 1)]), use('a', 'hit', 3, 0)).state;
    expect([unitOf(state, 'g1').hp, unitOf(state, 'g2').hp]).toEqual([7, 10]);
  });

  it.each<[string, UnitPlacement[], { x: number; y: number; id: string }]>([
    ['a guardian two tiles away', [guard('g', 5, 0)], { x: 3, y: 0, id: 't' }],
    ['an attack on the guardian itself', [guard('g', 4, 0)], { x: 4, y: 0, id: 'g' }],
  ])('no redirect for %s', (_what, guardians, target) => {
    const state = act(guarded(guardians), use('a', 'hit', target.x, target.y)).state;
    expect(unitOf(state, target.id).hp).toBe(7);
  });

  it('no redirect for an area attack', () => {
    const state = act(guarded([guard('g', 4, 1)]), use('a', 'bomb', 3, 0)).state;
    expect([unitOf(state, 't').hp, unitOf(state, 'g').hp]).toEqual([7, 10]);
    expect(has(state, 'g', 'guarding')).toBe(true);
  });
});

describe('cooldowns and action points', () => {
  it.each([[1, [false, true]], [2, [false, false, true]], [0, [true]]])('cooldown %i: ready again on own turns %j', (cooldown, ready) => {
    let state = act(battle([hit({ cooldown })], [place('e', 'tank', 'ultron', 1, 0)]), use('a', 'hit', 1, 0)).state;
    const seen: boolean[] = [];
    for (let i = 0; i < ready.length; i++) {
      state = passTo(act(state, endTurn).state, 'avengers');
      const r = applyAction(state, use('a', 'hit', 1, 0));
      seen.push(r.ok);
      if (!r.ok) expect(r.error.code).toBe('on-cooldown');
      expect(legalActions(state, 'a').some((a) => a.type === 'ability')).toBe(r.ok);
    }
    expect(seen).toEqual(ready);
  });

  it('an ability ends the turn by default; endsTurn false spends only its cost', () => {
    const e = [place('e', 'tank', 'ultron', 1, 0)];
    expect(unitOf(act(battle([hit()], e), use('a', 'hit', 1, 0)).state, 'a').ap).toBe(0);
    const quick = act(battle([hit({ endsTurn: false })], e), use('a', 'hit', 1, 0)).state;
    expect(unitOf(quick, 'a').ap).toBe(1);
    expect(unitOf(act(quick, move('a', 0, 1)).state, 'a')).toMatchObject({ x: 0, y: 1, ap: 0 });
  });

  it('an ability costing more than the points left is refused', () => {
    const heavy = hit({ ap: 2 });
    const state = act(battle([heavy], [place('e', 'tank', 'ultron', 2, 0)]), move('a', 1, 0)).state;
    expect(code(applyAction(state, use('a', 'hit', 2, 0)))).toBe('no-action-points');
  });
});

describe('charged attacks', () => {
  const beam = ability('beam', { target: 'tile', charged: true, area: { shape: 'line', size: 4 }, effects: [{ type: 'damage', min: 3, max: 3 }] });
  const setup = (units: UnitPlacement[] = [], casterStatuses: StatusInstance[] = []) =>
    battle([beam], [place('e', 'tank', 'ultron', 2, 0), place('far', 'tank', 'ultron', 7, 3), ...units], casterStatuses);

  it('marks its tiles now and does nothing else yet', () => {
    const { state, events } = act(setup(), use('a', 'beam', 1, 0));
    expect(eventsOf(events, 'charged')).toEqual([{ type: 'charged', unit: 'a', ability: 'beam', tiles: [{ x: 1, y: 0 }, { x: 2, y: 0 }, { x: 3, y: 0 }, { x: 4, y: 0 }] }]);
    expect(state.charges).toHaveLength(1);
    expect(unitOf(state, 'e').hp).toBe(10);
  });

  it('resolves at the start of its side\'s next turn on whoever stands on the tiles then', () => {
    let state = act(setup(), use('a', 'beam', 1, 0)).state;
    state = act(state, endTurn).state;
    state = act(state, move('e', 2, 1)).state; // the target steps aside
    state = act(state, move('far', 4, 0)).state; // another walks in
    const { state: after, events } = act(state, endTurn);
    expect(eventsOf(events, 'chargeResolved')).toEqual([{ type: 'chargeResolved', unit: 'a', ability: 'beam' }]);
    expect([unitOf(after, 'e').hp, unitOf(after, 'far').hp]).toEqual([10, 7]);
    expect(after.charges).toEqual([]);
  });

  it.each<[string, 'stunned' | 'killed']>([['the caster is stunned', 'stunned'], ['the caster is out', 'killed']])('fizzles when %s', (_what, how) => {
    let state = act(setup([place('p', 'tank', 'avengers', 0, 3)]), use('a', 'beam', 1, 0)).state;
    state = act(state, endTurn).state;
    const finisher = how === 'stunned'
      ? ability('hit', { effects: [{ type: 'status', status: 'stunned', turns: 1 }] })
      : ability('hit', { effects: [{ type: 'damage', min: 9, max: 9 }] });
    const scenario = { ...state.scenario, unitTypes: { ...state.scenario.unitTypes, tank: unitType('tank', { hp: 10, abilities: [finisher] }) } };
    state = act({ ...state, scenario }, use('e', 'hit', 0, 0)).state;
    if (how === 'killed') expect(unitOf(state, 'a').out).toBe('killed');
    const { state: after, events } = act(state, endTurn);
    if (how === 'stunned') expect(eventsOf(events, 'chargeFizzled')).toEqual([{ type: 'chargeFizzled', unit: 'a', ability: 'beam' }]);
    expect(unitOf(after, 'e').hp).toBe(10);
    expect(after.charges).toEqual([]);
  });
});
