// The order of play, Ultron's upload into another body, items, and evacuation through exits.
import { describe, expect, it } from 'vitest';
import { turnSides, type ObjectiveDef, type SideDef, type UnitPlacement } from '../../src/engine';
import { ability, act, arena, endTurn, eventsOf, heroWith, move, place, start, startWithEvents, unitOf, unitType, use } from './fixture';

const field = ['........', '........', '........', '........'];
const sides: SideDef[] = [
  { id: 'avengers', name: 'Avengers', enemies: ['ultron', 'klaue'] },
  { id: 'ultron', name: 'Ultron', enemies: ['avengers'] },
  { id: 'civilians', name: 'Civilians', enemies: [], passive: true },
  { id: 'klaue', name: 'Klaue', enemies: ['avengers', 'ultron'] },
  { id: 'hydra', name: 'HYDRA', enemies: ['avengers'] },
];

describe('turn order', () => {
  const units = (extra: UnitPlacement[] = []) => [
    place('h', 'hero', 'avengers', 0, 0), place('b', 'bot', 'ultron', 7, 3), place('c', 'civ', 'civilians', 3, 3),
    place('k', 'bot', 'klaue', 7, 0), ...extra,
  ];
  const order = (extra: UnitPlacement[] = []) => {
    let state = start(arena(field, units(extra), { sides, types: [unitType('pylon', { structure: true })], objectives: [] }));
    const seen = [`${state.turn}:${state.side}`];
    for (let i = 0; i < 6; i++) {
      state = act(state, endTurn).state;
      seen.push(`${state.turn}:${state.side}`);
    }
    return seen;
  };

  it('sides play in scenario order; passive and empty sides are skipped; the round counts up after the last', () => {
    expect(order()).toEqual(['1:avengers', '1:ultron', '1:klaue', '2:avengers', '2:ultron', '2:klaue', '3:avengers']);
  });

  it('a side with only structures standing takes no turn', () => {
    expect(order([place('p', 'pylon', 'hydra', 5, 2)])).toEqual(['1:avengers', '1:ultron', '1:klaue', '2:avengers', '2:ultron', '2:klaue', '3:avengers']);
  });

  it('turnSides lists who plays now', () => {
    const state = start(arena(field, units([place('p', 'pylon', 'hydra', 5, 2)]), { sides, types: [unitType('pylon', { structure: true })], objectives: [] }));
    expect(turnSides(state)).toEqual(['avengers', 'ultron', 'klaue']);
  });

  it('a side wiped out during a round is skipped from then on', () => {
    const kill = ability('kill', { target: 'enemy', range: 9, los: false, effects: [{ type: 'damage', min: 99, max: 99 }] });
    let state = start(arena(field, units(), { sides, types: [heroWith('hero', [kill])], objectives: [] }));
    state = act(state, use('h', 'kill', 7, 0)).state;
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      state = act(state, endTurn).state;
      seen.push(`${state.turn}:${state.side}`);
    }
    expect(seen).toEqual(['1:ultron', '2:avengers', '2:ultron']);
  });

  it('each turn start restores the side\'s action points and says so', () => {
    let state = start(arena(field, units(), { sides, objectives: [] }));
    expect(unitOf(state, 'h').ap).toBe(2);
    expect(unitOf(state, 'b').ap).toBe(0);
    state = act(state, move('h', 1, 0)).state;
    const { state: next, events } = act(state, endTurn);
    expect(unitOf(next, 'h').ap).toBe(0);
    expect(unitOf(next, 'b').ap).toBe(2);
    expect(events).toEqual([{ type: 'turnStarted', turn: 1, side: 'ultron' }]);
  });

  it('the opening reports the first turn', () => {
    const { events } = startWithEvents(arena(field, units(), { sides, objectives: [] }));
    expect(events).toEqual([{ type: 'turnStarted', turn: 1, side: 'avengers' }]);
  });
});

describe('upload', () => {
  const ultron = unitType('prime', { hp: 10, upload: { into: ['sentry'], range: 4 } });
  const sentry = unitType('sentry', { hp: 4 });
  const vision = unitType('vision', { blocksUpload: 2 });
  const kill = ability('kill', { target: 'enemy', range: 9, los: false, effects: [{ type: 'damage', min: 99, max: 99 }] });
  const fight = (extra: UnitPlacement[]) => {
    const state = start(arena(['..........', '..........', '..........', '..........'], [
      place('h', 'hero', 'avengers', 0, 0), place('u', 'prime', 'ultron', 5, 1), ...extra,
    ], { types: [ultron, sentry, vision, heroWith('hero', [kill])] }));
    return act(state, use('h', 'kill', 5, 1));
  };

  it('moves into the nearest allowed body within range, keeping id and name, with the body\'s hp', () => {
    const { state, events } = fight([place('s1', 'sentry', 'ultron', 8, 1, { hp: 3 }), place('s2', 'sentry', 'ultron', 6, 3, { hp: 2 })]);
    expect(unitOf(state, 'u')).toMatchObject({ out: null, type: 'prime', name: 'prime', x: 6, y: 3, hp: 2, ap: 0 });
    expect(unitOf(state, 's2').out).toBe('removed');
    expect(unitOf(state, 's1').out).toBeNull();
    expect(eventsOf(events, 'uploaded')).toEqual([{ type: 'uploaded', unit: 'u', from: { x: 5, y: 1 }, to: { x: 6, y: 3 }, body: 's2' }]);
    expect(eventsOf(events, 'defeated')).toEqual([]);
    expect(state.stats.losses).toEqual({});
  });

  it('between equally near bodies, the lowest id', () => {
    const { state } = fight([place('s9', 'sentry', 'ultron', 7, 1), place('s3', 'sentry', 'ultron', 3, 1)]);
    expect([unitOf(state, 'u').x, unitOf(state, 's3').out]).toEqual([3, 'removed']);
  });

  it.each<[string, UnitPlacement[]]>([
    ['no body is left', []],
    ['the only body is out of range', [place('s1', 'sentry', 'ultron', 0, 3)]],
    ['the only body is on another side', [place('s1', 'sentry', 'avengers', 6, 1)]],
    ['the only body is of a type it cannot use', [place('s1', 'bot', 'ultron', 6, 1)]],
  ])('is beaten when %s', (_what, extra) => {
    const { state } = fight(extra);
    expect(unitOf(state, 'u').out).toBe('killed');
  });

  it('a blocker within its radius of the dying body stops it', () => {
    const { state, events } = fight([place('s1', 'sentry', 'ultron', 6, 1), place('v', 'vision', 'avengers', 3, 3)]);
    expect(unitOf(state, 'u').out).toBe('killed');
    expect(eventsOf(events, 'uploadBlocked')).toEqual([{ type: 'uploadBlocked', unit: 'u', by: 'v' }]);
  });

  it('a blocker further away does not', () => {
    const { state } = fight([place('s1', 'sentry', 'ultron', 6, 1), place('v', 'vision', 'avengers', 2, 3)]);
    expect(unitOf(state, 'u').out).toBeNull();
  });

  it('the rest of the attack does not follow the mind into its new body', () => {
    const slam = ability('slam', { range: 9, los: false, effects: [{ type: 'damage', min: 99, max: 99 }, { type: 'push', distance: 1 }, { type: 'status', status: 'stunned', turns: 1 }] });
    const state = start(arena(['..........'], [place('h', 'hero', 'avengers', 0, 0), place('u', 'prime', 'ultron', 1, 0), place('s', 'sentry', 'ultron', 9, 0, { hp: 3 })], {
      types: [unitType('prime', { hp: 10, upload: { into: ['sentry'] } }), sentry, heroWith('hero', [slam])],
    }));
    const { state: after, events } = act(state, use('h', 'slam', 1, 0));
    expect(unitOf(after, 'u')).toMatchObject({ out: null, x: 9, hp: 3, statuses: [] });
    expect(eventsOf(events, 'pushed')).toEqual([]);
  });

  it('a body sturdier than the mind\'s own type gives no more than that type\'s hp', () => {
    const tank = unitType('sentry', { hp: 30 });
    const state = start(arena(['..........'], [place('h', 'hero', 'avengers', 0, 0), place('u', 'prime', 'ultron', 1, 0), place('s', 'sentry', 'ultron', 5, 0)], {
      types: [ultron, tank, heroWith('hero', [kill])],
    }));
    expect(unitOf(act(state, use('h', 'kill', 1, 0)).state, 'u')).toMatchObject({ out: null, x: 5, hp: 10 });
  });

  it('range 0 reaches anywhere', () => {
    const far = unitType('prime', { hp: 10, upload: { into: ['sentry'] } });
    const state = start(arena(['..........'], [place('h', 'hero', 'avengers', 0, 0), place('u', 'prime', 'ultron', 1, 0), place('s', 'sentry', 'ultron', 9, 0)], {
      types: [far, sentry, heroWith('hero', [kill])],
    }));
    expect(unitOf(act(state, use('h', 'kill', 1, 0)).state, 'u')).toMatchObject({ out: null, x: 9 });
  });
});

describe('items', () => {
  const items = [{ id: 'core', name: 'Core', at: { x: 2, y: 0 } }];
  const scene = (extra: UnitPlacement[] = []) => start(arena(field, [place('h', 'hero', 'avengers', 0, 0), place('b', 'bot', 'ultron', 7, 3), ...extra], {
    items, types: [unitType('pylon', { structure: true }), heroWith('hero', [ability('kill', { range: 9, los: false, effects: [{ type: 'damage', min: 99, max: 99 }] })])],
  }));

  it('a unit stopping on an item picks it up', () => {
    const { state, events } = act(scene(), move('h', 2, 0));
    expect(unitOf(state, 'h').carrying).toBe('core');
    expect(state.items[0]).toMatchObject({ carrier: 'h', x: null, y: null });
    expect(eventsOf(events, 'itemPickedUp')).toEqual([{ type: 'itemPickedUp', unit: 'h', item: 'core' }]);
  });

  it('passing over an item does not pick it up', () => {
    const state = act(scene(), move('h', 4, 0)).state;
    expect(unitOf(state, 'h').carrying).toBeNull();
    expect(state.items[0]).toMatchObject({ carrier: null, x: 2, y: 0 });
  });

  it('a unit already carrying something leaves a second item lying', () => {
    const state = start(arena(field, [place('h', 'hero', 'avengers', 0, 0), place('b', 'bot', 'ultron', 7, 3)], {
      items: [...items, { id: 'key', name: 'Key', carrier: 'h' }],
    }));
    const after = act(state, move('h', 2, 0)).state;
    expect(unitOf(after, 'h').carrying).toBe('key');
    expect(after.items[0].carrier).toBeNull();
  });

  it('the carrier\'s death drops the item where it fell', () => {
    const state = start(arena(field, [place('h', 'hero', 'avengers', 0, 0), place('b', 'bot', 'ultron', 5, 2)], {
      items: [{ id: 'core', name: 'Core', carrier: 'b' }], objectives: [],
      types: [heroWith('hero', [ability('kill', { range: 9, los: false, effects: [{ type: 'damage', min: 99, max: 99 }] })])],
    }));
    const { state: after, events } = act(state, use('h', 'kill', 5, 2));
    expect(after.items[0]).toMatchObject({ carrier: null, x: 5, y: 2 });
    expect(unitOf(after, 'b').carrying).toBeNull();
    expect(eventsOf(events, 'itemDropped')).toEqual([{ type: 'itemDropped', unit: 'b', item: 'core', at: { x: 5, y: 2 } }]);
  });
});

describe('evacuation', () => {
  const evacuate: ObjectiveDef = { id: 'out', text: 'Get them out', type: 'evacuate', tag: 'civilian', area: 'exit', count: 2 };
  const scene = (objective: ObjectiveDef = evacuate) => start(arena(field, [
    place('h', 'hero', 'avengers', 0, 0), place('c1', 'civ', 'avengers', 1, 1), place('c2', 'civ', 'avengers', 1, 2),
    place('c3', 'civ', 'avengers', 1, 3), place('b', 'bot', 'ultron', 7, 3),
  ], { areas: { exit: [{ x: 4, y: 1 }, { x: 4, y: 2 }] }, objectives: [objective, { id: 'win', text: '', type: 'defeatAll' }] }));

  it('a unit with the tag that stops on an exit leaves the battle, counted', () => {
    const { state, events } = act(scene(), move('c1', 4, 1));
    expect(unitOf(state, 'c1').out).toBe('evacuated');
    expect(state.stats.evacuated).toEqual({ avengers: 1 });
    expect(state.objectives.out).toEqual({ status: 'active', progress: 1 });
    expect(eventsOf(events, 'evacuated')).toEqual([{ type: 'evacuated', unit: 'c1' }]);
  });

  it('passing through an exit, or reaching it without the tag, does not', () => {
    const through = act(scene(), move('c1', 5, 1)).state;
    expect(unitOf(through, 'c1').out).toBeNull();
    const untagged = act(scene(), move('h', 4, 1)).state;
    expect(unitOf(untagged, 'h').out).toBeNull();
  });

  it('a hidden (inactive) evacuation has no exits yet', () => {
    const state = act(scene({ ...evacuate, hidden: true }), move('c1', 4, 1)).state;
    expect(unitOf(state, 'c1').out).toBeNull();
  });
});
