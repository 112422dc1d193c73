// Triggers: every event that fires one, every action one can take, once against repeat, and the
// bound on cascades.
import { describe, expect, it } from 'vitest';
import {
  MAX_TRIGGER_CASCADE, terrainAt, type Action, type GameState, type ObjectiveDef, type TriggerDef, type TriggerDo, type TriggerWhen, type UnitPlacement,
} from '../../src/engine';
import { ability, act, arena, endTurn, eventsOf, has, heroWith, move, place, start, startWithEvents, unitOf, unitType, use } from './fixture';

const field = ['........', '........', '........', '........'];
const kill = ability('kill', { range: 9, los: false, effects: [{ type: 'damage', min: 99, max: 99 }] });
const nick = ability('nick', { range: 9, los: false, endsTurn: false, effects: [{ type: 'damage', min: 3, max: 3 }] });
const stun = ability('stun', { range: 9, los: false, endsTurn: false, effects: [{ type: 'status', status: 'stunned', turns: 1 }] });
const shove = ability('shove', { range: 9, los: false, endsTurn: false, effects: [{ type: 'push', distance: 2 }] });

const baseUnits = [
  place('h', 'hero', 'avengers', 0, 0), place('h2', 'hero', 'avengers', 0, 3), place('b', 'bot', 'ultron', 3, 0),
  place('b2', 'bot', 'ultron', 7, 3), place('c', 'civ', 'avengers', 2, 3),
];

function scene(triggers: TriggerDef[], extra: { units?: UnitPlacement[]; objectives?: ObjectiveDef[]; items?: { id: string; name: string; at?: { x: number; y: number } }[] } = {}) {
  return start(arena(field, extra.units ?? baseUnits, {
    triggers,
    areas: { zone: [{ x: 5, y: 0 }, { x: 5, y: 1 }], gate: [{ x: 6, y: 2 }, { x: 7, y: 2 }] },
    objectives: extra.objectives ?? [{ id: 'all', text: '', type: 'defeatAll' }, { id: 'later', text: '', type: 'survive', turns: 9, hidden: true }],
    items: extra.items ?? [{ id: 'core', name: 'Core', at: { x: 1, y: 1 } }],
    types: [
      heroWith('hero', [kill, nick, stun, shove], { hp: 10 }),
      unitType('prime', { upload: { into: ['bot'] } }), unitType('big', { hp: 20 }),
    ],
  }));
}

const fired = (state: GameState, id = 't') => state.fired[id] ?? 0;
const run = (state: GameState, actions: Action[]) => actions.reduce((s, a) => act(s, a).state, state);

describe('trigger events', () => {
  const cases: [string, TriggerWhen, Action[], number, UnitPlacement[]?][] = [
    ['turnStart of round 2', { event: 'turnStart', turn: 2 }, [endTurn, endTurn], 1],
    ['turnStart of round 2 for ultron only', { event: 'turnStart', turn: 2, side: 'ultron' }, [endTurn, endTurn], 0],
    ['turnStart of round 1 for ultron', { event: 'turnStart', turn: 1, side: 'ultron' }, [endTurn], 1],
    ['enterArea by a move', { event: 'enterArea', area: 'zone' }, [move('h', 4, 0), move('h', 5, 0)], 1],
    ['enterArea by a move within the area: no', { event: 'enterArea', area: 'zone' }, [move('z', 5, 0)], 0, [...baseUnits, place('z', 'hero', 'avengers', 5, 1)]],
    ['enterArea by a unit not matching', { event: 'enterArea', area: 'zone', side: 'ultron' }, [move('h', 4, 0), move('h', 5, 0)], 0],
    ['enterArea with a tag', { event: 'enterArea', area: 'gate', tag: 'civilian' }, [move('c', 6, 2)], 1],
    ['enterArea by a push', { event: 'enterArea', area: 'zone', unit: 'b' }, [use('h', 'shove', 3, 0)], 1],
    ['unitDefeated of a side', { event: 'unitDefeated', side: 'ultron' }, [use('h', 'kill', 3, 0)], 1],
    ['unitDefeated of another unit', { event: 'unitDefeated', unit: 'b2' }, [use('h', 'kill', 3, 0)], 0],
    ['unitDefeated by unit type', { event: 'unitDefeated', unitType: 'bot' }, [use('h', 'kill', 3, 0)], 1],
    ['hpBelow', { event: 'hpBelow', unit: 'b', hp: 3 }, [use('h', 'nick', 3, 0)], 1],
    ['hpBelow not yet', { event: 'hpBelow', unit: 'b', hp: 2 }, [use('h', 'nick', 3, 0)], 0],
    ['objectiveMet', { event: 'objectiveMet', objective: 'all' }, [use('h', 'kill', 3, 0), use('h2', 'kill', 7, 3)], 1],
    ['itemPickedUp', { event: 'itemPickedUp', item: 'core' }, [move('h', 1, 1)], 1],
    ['itemPickedUp by another side', { event: 'itemPickedUp', item: 'core', side: 'ultron' }, [move('h', 1, 1)], 0],
    ['statusApplied', { event: 'statusApplied', status: 'stunned', unit: 'b' }, [use('h', 'stun', 3, 0)], 1],
    ['statusApplied to another unit', { event: 'statusApplied', status: 'stunned', unit: 'b2' }, [use('h', 'stun', 3, 0)], 0],
    ['uploaded', { event: 'uploaded', unit: 'u' }, [use('h', 'kill', 4, 2)], 1, [...baseUnits, place('u', 'prime', 'ultron', 4, 2)]],
  ];
  it.each(cases)('%s', (_what, when, actions, times, units) => {
    const state = run(scene([{ id: 't', when, repeat: true, do: [{ do: 'message', text: 'now' }] }], { units }), actions);
    expect(fired(state)).toBe(times);
  });

  it('objectiveFailed', () => {
    const objectives: ObjectiveDef[] = [{ id: 'p', text: '', type: 'protectUnit', unit: 'c', primary: false }, { id: 'all', text: '', type: 'defeatAll' }];
    const kin = ability('smite', { target: 'unit', range: 9, los: false, effects: [{ type: 'damage', min: 99, max: 99 }] });
    const state = start(arena(field, baseUnits, { objectives, types: [heroWith('hero', [kin])], triggers: [{ id: 't', when: { event: 'objectiveFailed', objective: 'p' }, do: [{ do: 'message', text: 'lost' }] }] }));
    expect(fired(act(state, use('h', 'smite', 2, 3)).state)).toBe(1);
  });

  it('a turnStart of round 1 fires as the battle opens', () => {
    const { events } = startWithEvents(scene([]).scenario);
    const opening = startWithEvents({ ...scene([]).scenario, triggers: [{ id: 't', when: { event: 'turnStart', turn: 1 }, do: [{ do: 'message', text: 'Go', speaker: 'Cap' }] }] });
    expect(events.some((e) => e.type === 'message')).toBe(false);
    expect(eventsOf(opening.events, 'message')).toEqual([{ type: 'message', text: 'Go', speaker: 'Cap' }]);
  });
});

describe('once or repeat', () => {
  const twice = [move('h', 1, 0), move('h', 2, 0)];
  const when: TriggerWhen = { event: 'enterArea', area: 'strip' };
  const strip = (t: TriggerDef) => start({ ...scene([t]).scenario, areas: { strip: [{ x: 1, y: 0 }, { x: 3, y: 3 }] } });

  it('fires once by default', () => {
    const s = strip({ id: 't', when, do: [{ do: 'message', text: '' }] });
    const back = run(s, [...twice, endTurn, endTurn, move('h', 1, 0)]);
    expect(fired(back)).toBe(1);
  });

  it('fires every time with repeat', () => {
    const s = strip({ id: 't', when, repeat: true, do: [{ do: 'message', text: '' }] });
    expect(fired(run(s, [...twice, endTurn, endTurn, move('h', 1, 0)]))).toBe(2);
  });
});

describe('trigger actions', () => {
  const now: TriggerWhen = { event: 'turnStart', turn: 1, side: 'ultron' };
  const after = (steps: TriggerDo[], more: Parameters<typeof scene>[1] = {}) => act(scene([{ id: 't', when: now, do: steps }], more), endTurn);

  it('spawn: at a tile, with an id, several', () => {
    const { state } = after([{ do: 'spawn', unitType: 'bot', side: 'ultron', at: { x: 6, y: 0 }, id: 'drone', count: 3 }]);
    const spawned = state.units.filter((u) => u.id.startsWith('drone'));
    expect(spawned.map((u) => [u.id, u.side, u.x, u.y])).toEqual([['drone', 'ultron', 6, 0], ['drone-2', 'ultron', 5, 0], ['drone-3', 'ultron', 7, 0]]);
  });

  it('spawn: in a named area, the first free tile of it', () => {
    const { state } = after([{ do: 'spawn', unitType: 'bot', side: 'klaue', at: 'gate', count: 2 }]);
    expect(state.units.filter((u) => u.side === 'klaue').map((u) => [u.x, u.y])).toEqual([[6, 2], [7, 2]]);
  });

  it('changeSide: the selected unit joins the named side for good', () => {
    const { state } = after([{ do: 'changeSide', side: 'avengers', unit: 'b' }]);
    expect(unitOf(state, 'b')).toMatchObject({ side: 'avengers', baseSide: 'avengers' });
  });

  it('message, with and without a speaker', () => {
    const { events } = after([{ do: 'message', text: 'Hello' }, { do: 'message', text: 'Hi', speaker: 'JARVIS' }]);
    expect(eventsOf(events, 'message')).toEqual([{ type: 'message', text: 'Hello' }, { type: 'message', text: 'Hi', speaker: 'JARVIS' }]);
  });

  it('addObjective brings a hidden objective into force; setObjective decides one', () => {
    const { state } = after([{ do: 'addObjective', objective: 'later' }]);
    expect(state.objectives.later.status).toBe('active');
    const decided = after([{ do: 'setObjective', objective: 'all', status: 'met' }]).state;
    expect([decided.objectives.all.status, decided.result?.winner]).toEqual(['met', 'avengers']);
  });

  it('setTerrain at a tile and over an area; a walker left on a chasm falls', () => {
    const { state } = after([{ do: 'setTerrain', at: { x: 3, y: 0 }, terrain: 'chasm' }, { do: 'setTerrain', at: 'gate', terrain: 'wall' }]);
    expect([terrainAt(state, 3, 0), terrainAt(state, 6, 2), terrainAt(state, 7, 2)]).toEqual(['chasm', 'wall', 'wall']);
    expect(unitOf(state, 'b').out).toBe('fell');
  });

  it('applyStatus and removeStatus on the units selected by side, tag or type', () => {
    const applied = after([{ do: 'applyStatus', status: 'enraged', turns: 2, side: 'ultron' }]).state;
    expect([has(applied, 'b', 'enraged'), has(applied, 'b2', 'enraged'), has(applied, 'h', 'enraged')]).toEqual([true, true, false]);
    const units = baseUnits.map((u) => ({ ...u, statuses: [{ id: 'shielded' as const, turns: 3, amount: 2 }] }));
    const removed = after([{ do: 'removeStatus', status: 'shielded', tag: 'civilian' }], { units }).state;
    expect([has(removed, 'c', 'shielded'), has(removed, 'h', 'shielded')]).toEqual([false, true]);
  });

  it('removeUnit, transform and heal', () => {
    const units = baseUnits.map((u) => (u.id === 'h2' ? { ...u, hp: 2 } : u));
    const { state } = after([
      { do: 'removeUnit', unit: 'b2' }, { do: 'transform', into: 'big', unit: 'b' }, { do: 'heal', amount: 5, unitType: 'hero' },
    ], { units });
    expect(unitOf(state, 'b2').out).toBe('removed');
    expect(state.stats.losses).toEqual({});
    expect(unitOf(state, 'b')).toMatchObject({ type: 'big', hp: 20 });
    expect([unitOf(state, 'h').hp, unitOf(state, 'h2').hp]).toEqual([10, 7]);
  });

  it('placeItem puts an item down, taking it from its carrier', () => {
    const { state } = after([{ do: 'placeItem', item: 'core', at: { x: 4, y: 3 } }], { items: [{ id: 'core', name: 'Core' }], units: baseUnits });
    expect(state.items[0]).toMatchObject({ carrier: null, x: 4, y: 3 });
    const carried = start({ ...scene([{ id: 't', when: now, do: [{ do: 'placeItem', item: 'core', at: { x: 4, y: 3 } }] }]).scenario, items: [{ id: 'core', name: 'Core', carrier: 'h' }] });
    const moved = act(carried, endTurn).state;
    expect([unitOf(moved, 'h').carrying, moved.items[0].x]).toEqual([null, 4]);
  });

  it('endScenario ends the battle with its winner and reason', () => {
    const { state, events } = after([{ do: 'endScenario', winner: 'ultron', reason: 'The city fell.' }]);
    expect(state.result).toEqual({ winner: 'ultron', reason: 'The city fell.' });
    expect(eventsOf(events, 'gameOver')).toHaveLength(1);
  });
});

describe('cascades', () => {
  it('two triggers that re-fire each other stop after MAX_TRIGGER_CASCADE firings', () => {
    const ping: TriggerDef = { id: 'ping', when: { event: 'statusApplied', status: 'stunned' }, repeat: true, do: [{ do: 'applyStatus', status: 'hexed', turns: 1, unit: 'b' }] };
    const pong: TriggerDef = { id: 'pong', when: { event: 'statusApplied', status: 'hexed' }, repeat: true, do: [{ do: 'applyStatus', status: 'stunned', turns: 1, unit: 'b' }] };
    const { state, events } = act(scene([ping, pong]), use('h', 'stun', 3, 0));
    expect(fired(state, 'ping') + fired(state, 'pong')).toBe(MAX_TRIGGER_CASCADE);
    expect(eventsOf(events, 'triggerFired')).toHaveLength(MAX_TRIGGER_CASCADE);
    // The next action has a fresh budget.
    const next = act(state, use('h', 'stun', 3, 0)).state;
    expect(fired(next, 'ping') + fired(next, 'pong')).toBe(2 * MAX_TRIGGER_CASCADE);
  });
});
