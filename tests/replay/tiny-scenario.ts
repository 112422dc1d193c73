// A small resolved scenario for the replay and simulation tests: two heroes and a civilian against
// two sentries and Ultron, with hit rolls and damage ranges so matches draw random numbers.
import type { AbilityDef, Scenario, Terrain, UnitType } from '../../src/engine/types';

const punch: AbilityDef = {
  id: 'punch', name: 'Punch', description: 'Hits an adjacent enemy.', target: 'enemy', range: 1, accuracy: 85,
  effects: [{ type: 'damage', min: 2, max: 4 }],
};
const blast: AbilityDef = {
  id: 'blast', name: 'Repulsor blast', description: 'A ranged shot that pushes.', target: 'enemy', range: 4, accuracy: 70,
  effects: [{ type: 'damage', min: 1, max: 3 }, { type: 'push', distance: 1 }],
};

function unitType(id: string, tags: string[], hp: number, abilities: AbilityDef[], extra: Partial<UnitType> = {}): UnitType {
  return { id, name: id, tags, hp, armour: 0, defence: 0, move: 3, ap: 2, abilities, ...extra };
}

const rows = [
  '..........',
  '..n....N..',
  '....##....',
  '..........',
  '.,,....n..',
  '..........',
];
const legend: Record<string, Terrain> = { '.': 'open', n: 'low-cover', N: 'high-cover', '#': 'wall', ',': 'rough' };

export function tinyScenario(): Scenario {
  return {
    id: 'tiny-skirmish',
    name: 'Tiny skirmish',
    briefing: 'Test battle.',
    debrief: { victory: 'Won.', defeat: 'Lost.' },
    map: {
      width: 10,
      height: 6,
      terrain: rows.join('').split('').map((c) => legend[c]),
      elevation: new Array(60).fill(0),
    },
    areas: { exit: [{ x: 0, y: 0 }, { x: 0, y: 1 }] },
    sides: [
      { id: 'avengers', name: 'Avengers', enemies: ['ultron'], playable: true },
      { id: 'ultron', name: 'Ultron', enemies: ['avengers', 'civilians'] },
      { id: 'civilians', name: 'Civilians', enemies: [], passive: true },
    ],
    unitTypes: {
      cap: unitType('cap', ['hero'], 10, [punch]),
      ironman: unitType('ironman', ['hero'], 8, [blast], { flying: true }),
      sentry: unitType('sentry', ['sentry'], 5, [punch]),
      ultron: unitType('ultron', ['boss'], 9, [blast]),
      civilian: unitType('civilian', ['civilian'], 2, []),
    },
    units: [
      { id: 'cap', type: 'cap', side: 'avengers', x: 1, y: 2 },
      { id: 'tony', type: 'ironman', side: 'avengers', x: 1, y: 4 },
      { id: 'bob', type: 'civilian', side: 'civilians', x: 3, y: 0 },
      { id: 's1', type: 'sentry', side: 'ultron', x: 7, y: 2 },
      { id: 's2', type: 'sentry', side: 'ultron', x: 7, y: 4 },
      { id: 'ultron', type: 'ultron', side: 'ultron', x: 9, y: 3 },
    ],
    items: [],
    objectives: [{ id: 'win', type: 'defeatAll', text: 'Destroy Ultron\'s forces.' }],
    triggers: [],
    turnLimit: 8,
  };
}
