// What the engine receives: map rows through the legend, elevation, areas as tiles, unit types
// merged with the roster and `extends`, abilities resolved by id with their defaults written out.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/types';
import { formatScenarioError, parseScenario } from '../../src/scenario';
import { fixture, testRoster } from './test-roster';

const roster = testRoster();
type Json = Record<string, any>;

/** The base fixture, changed by `edit`, parsed; fails the test with every error if it does not parse. */
function resolved(edit: (file: Json) => void = () => {}): Scenario {
  const file = JSON.parse(fixture('fixtures/base.json')) as Json;
  edit(file);
  const parsed = parseScenario(JSON.stringify(file, null, 2), { roster, file: 'edited.json' });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => formatScenarioError(e)).join('\n'));
  return parsed.scenario;
}

describe('the map', () => {
  it('reads rows through the default legend, row-major, with elevation 0', () => {
    const { map } = resolved();
    expect([map.width, map.height]).toEqual([6, 4]);
    expect(map.terrain.slice(6, 12)).toEqual(['open', 'open', 'wall', 'open', 'open', 'open']);
    expect(map.terrain.slice(12, 18)).toEqual(['open', 'open', 'water', 'water', 'open', 'open']);
    expect(map.elevation).toEqual(new Array(24).fill(0));
  });

  it('adds a given legend to the default one, overriding characters it redefines', () => {
    const { map } = resolved((f) => {
      f.map.legend = { L: 'chasm', '.': 'rough' };
      f.map.rows[3] = 'LL....';
    });
    expect(map.terrain.slice(18, 21)).toEqual(['chasm', 'chasm', 'rough']);
    expect(map.terrain[8]).toBe('wall');
  });

  it('reads elevation digits', () => {
    const { map } = resolved((f) => {
      f.map.elevation = ['000000', '000000', '000000', '012300'];
    });
    expect(map.elevation.slice(18)).toEqual([0, 1, 2, 3, 0, 0]);
  });

  it('turns a rectangle into its tiles, row by row, and keeps a tile list once per tile', () => {
    const { areas } = resolved((f) => {
      f.areas.block = { rect: { x: 3, y: 1, w: 2, h: 2 } };
      f.areas.spots = { tiles: [{ x: 1, y: 1 }, { x: 5, y: 0 }, { x: 1, y: 1 }] };
    });
    expect(areas.block).toEqual([{ x: 3, y: 1 }, { x: 4, y: 1 }, { x: 3, y: 2 }, { x: 4, y: 2 }]);
    expect(areas.spots).toEqual([{ x: 1, y: 1 }, { x: 5, y: 0 }]);
    expect(areas.exit).toEqual([{ x: 0, y: 0 }, { x: 1, y: 0 }]);
  });
});

describe('unit types', () => {
  it('gives a new type the engine\'s defaults', () => {
    const hero = resolved().unitTypes.hero;
    expect(hero).toMatchObject({ id: 'hero', name: 'Hero', tags: ['hero'], hp: 10, move: 4, armour: 0, defence: 0, ap: 2, flying: false, phasing: false, structure: false });
  });

  it('copies the base of `extends` and replaces only the fields given', () => {
    const { hero, flyer } = resolved().unitTypes;
    expect(flyer).toEqual({ ...hero, id: 'flyer', name: 'Flyer', flying: true });
  });

  it('replaces the whole ability list when an extending type gives one', () => {
    const { flyer } = resolved((f) => {
      f.unitTypes[1].abilities = ['punch'];
    }).unitTypes;
    expect(flyer.abilities.map((a) => a.id)).toEqual(['punch']);
  });

  it('overrides a roster type field by field when a scenario type has its id', () => {
    const { sentry } = resolved((f) => {
      f.unitTypes.push({ id: 'sentry', hp: 9, tags: ['sentry', 'elite'] });
    }).unitTypes;
    expect(sentry).toEqual({ ...roster.unitTypes.sentry, hp: 9, tags: ['sentry', 'elite'] });
  });

  it('extends a roster type under a new id, and keeps the roster types for spawns', () => {
    const types = resolved((f) => {
      f.unitTypes.push({ id: 'sentry-leader', extends: 'sentry', name: 'Sentry leader', armour: 2 });
    }).unitTypes;
    expect(types['sentry-leader']).toEqual({ ...roster.unitTypes.sentry, id: 'sentry-leader', name: 'Sentry leader', armour: 2 });
    expect(types.sentry).toEqual(roster.unitTypes.sentry);
  });

  it('extends a type defined later in the file', () => {
    const types = resolved((f) => {
      f.unitTypes.unshift({ id: 'scout', extends: 'flyer', move: 6 });
    }).unitTypes;
    expect(types.scout).toMatchObject({ flying: true, move: 6, name: 'Flyer', hp: 10 });
  });
});

describe('abilities', () => {
  it('resolves ids to the shared definitions with every default written out', () => {
    const punch = resolved().unitTypes.hero.abilities[0];
    expect(punch).toEqual({
      ...roster.abilities.punch,
      ap: 1, endsTurn: true, cooldown: 0, range: 1, minRange: 1, los: true, area: { shape: 'single' }, friendlyFire: false, charged: false,
    });
    expect(punch.accuracy).toBe(85);
  });

  it('leaves accuracy out when the file does (such abilities always land), and lets self abilities reach 0', () => {
    const { abilities } = resolved((f) => {
      f.abilities = [{ id: 'brace', name: 'Brace', description: 'Shield yourself.', target: 'self', effects: [{ type: 'shield', amount: 2, turns: 1 }] }];
      f.unitTypes[0].abilities.push('brace');
    }).unitTypes.hero;
    const brace = abilities.find((a) => a.id === 'brace')!;
    expect('accuracy' in brace).toBe(false);
    expect(brace.minRange).toBe(0);
  });

  it('a scenario ability with a roster ability\'s id replaces it in this scenario', () => {
    const punch = resolved((f) => {
      f.abilities = [{ id: 'punch', name: 'Haymaker', description: 'Harder.', target: 'enemy', effects: [{ type: 'damage', min: 3, max: 4 }] }];
    }).unitTypes.hero.abilities[0];
    expect(punch.name).toBe('Haymaker');
  });
});

describe('the rest', () => {
  it('keeps sides, units, items, objectives and triggers as written, without $schema', () => {
    const file = JSON.parse(fixture('fixtures/base.json')) as Json;
    const scenario = resolved();
    expect(scenario.sides).toEqual(file.sides);
    expect(scenario.units).toEqual(file.units);
    expect(scenario.items).toEqual(file.items);
    expect(scenario.objectives).toEqual(file.objectives);
    expect(scenario.triggers).toEqual(file.triggers);
    expect(Object.keys(scenario).sort()).toEqual(
      ['areas', 'briefing', 'debrief', 'id', 'items', 'map', 'name', 'objectives', 'sides', 'triggers', 'turnLimit', 'unitTypes', 'units'],
    );
  });

  it('fills in missing optional lists', () => {
    const scenario = resolved((f) => {
      delete f.items;
      delete f.triggers;
      f.objectives.pop();
    });
    expect([scenario.items, scenario.triggers]).toEqual([[], []]);
  });

  it('lets triggers and objectives name a unit a trigger spawns with an id', () => {
    expect(() => resolved((f) => {
      f.triggers[0].do.push({ do: 'spawn', unitType: 'sentry', side: 'ultron', at: 'exit', id: 'boss' });
      f.objectives.push({ id: 'get-boss', type: 'defeatUnit', unit: 'boss', text: 'Defeat the boss.' });
    })).not.toThrow();
  });

  it('lets a flyer hover over water but not stand in a wall', () => {
    expect(() => resolved()).not.toThrow(); // tony the flyer starts on water in the base file
    expect(() => resolved((f) => {
      f.units[1].x = 2;
      f.units[1].y = 1;
    })).toThrow(/unit-on-blocked-tile|even a flyer cannot stand/);
  });
});
