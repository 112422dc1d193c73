// A small built-in battle (the "training ground"): it needs no scenario files, so the controls and
// the end-to-end tests work on a map whose layout is known. Not part of the campaign.
import type { AbilityDef, Scenario, Terrain, UnitType } from '../engine';

const LEGEND: Record<string, Terrain> = {
  '.': 'open', ',': 'rough', n: 'low-cover', N: 'high-cover', '#': 'wall', '~': 'water', _: 'chasm', B: 'building', '%': 'debris',
};

const ROWS = [
  '..,,....n....BB.',
  '.........~~..BB.',
  '..n..N...~~.....',
  '.....N..,.....n.',
  '..##.....%%.....',
  '..#.........N...',
  '......_.........',
  '..n...__...,,...',
  '.......n....###.',
  '..~~........#...',
  '..~~..BB...%....',
  '......BB........',
];

const ELEVATION = [
  '0000000000000000',
  '0000000000000000',
  '1100000000000000',
  '1100000000000000',
  '1100000000000111',
  '0000000000000111',
  '0000000000000111',
  '0000000000000000',
  '0000000000000000',
  '0000000000000000',
  '0000000000000000',
  '0000000000000000',
];

const punch: AbilityDef = {
  id: 'punch', name: 'Punch', description: 'Strike an adjacent enemy for 2-3 damage.', target: 'enemy', range: 1, accuracy: 95,
  effects: [{ type: 'damage', min: 2, max: 3 }],
};
const repulsor: AbilityDef = {
  id: 'repulsor', name: 'Repulsor Blast', description: 'Ranged blast (5 tiles) for 2-4 damage that pushes the target back 1 tile.',
  target: 'enemy', range: 5, accuracy: 80, effects: [{ type: 'damage', min: 2, max: 4 }, { type: 'push', distance: 1 }],
};
const unibeam: AbilityDef = {
  id: 'unibeam', name: 'Unibeam', description: 'A beam along a line of 4 tiles: 3-5 damage to everything in it.', target: 'tile', range: 4,
  accuracy: 85, cooldown: 3, area: { shape: 'line', size: 4 }, effects: [{ type: 'damage', min: 3, max: 5 }],
};
const shieldThrow: AbilityDef = {
  id: 'shield-throw', name: 'Shield Throw', description: 'The shield bounces from the target to up to 2 more enemies within 3 tiles, 2-3 damage each.',
  target: 'enemy', range: 4, accuracy: 85, cooldown: 2, area: { shape: 'chain', chain: 2, chainRange: 3 }, effects: [{ type: 'damage', min: 2, max: 3 }],
};
const arrow: AbilityDef = {
  id: 'arrow', name: 'Trick Shot', description: 'A precise arrow at up to 7 tiles for 2-3 damage.', target: 'enemy', range: 7, accuracy: 90,
  effects: [{ type: 'damage', min: 2, max: 3 }],
};
const taser: AbilityDef = {
  id: 'taser-arrow', name: 'Taser Arrow', description: 'Stuns the target for its next turn.', target: 'enemy', range: 6, accuracy: 80, cooldown: 3,
  effects: [{ type: 'status', status: 'stunned', turns: 1 }],
};
const beam: AbilityDef = {
  id: 'beam', name: 'Concussion Beam', description: 'Ranged beam for 1-3 damage.', target: 'enemy', range: 4, accuracy: 70,
  effects: [{ type: 'damage', min: 1, max: 3 }],
};

function type(id: string, name: string, icon: string, tags: string[], stats: Partial<UnitType>, abilities: AbilityDef[]): UnitType {
  return { id, name, icon, tags, hp: 8, armour: 0, defence: 0, move: 4, ap: 2, abilities, ...stats };
}

export function trainingScenario(): Scenario {
  const types = [
    type('iron-man', 'Iron Man', 'iron-man', ['hero'], { hp: 10, armour: 1, move: 5, flying: true }, [repulsor, unibeam]),
    type('captain-america', 'Captain America', 'captain-america', ['hero'], { hp: 11, armour: 1, defence: 10 }, [punch, shieldThrow]),
    type('hawkeye', 'Hawkeye', 'hawkeye', ['hero'], { hp: 8 }, [arrow, taser]),
    type('ultron-sentry', 'Ultron Sentry', 'ultron-sentry', ['sentry', 'robot'], { hp: 5, move: 4, flying: true }, [beam]),
    type('civilian', 'Civilian', 'civilian', ['civilian'], { hp: 4, move: 3 }, []),
  ];
  return {
    id: 'training',
    name: 'Training Ground',
    briefing: 'A Stark Industries drill: three sentries loose on the test range. Knock them down before they reach the technicians.',
    debrief: { victory: 'The range is clear. Tony calls it a good warm-up.', defeat: 'The drill went badly. Back to the briefing room.' },
    map: {
      width: ROWS[0].length,
      height: ROWS.length,
      terrain: ROWS.join('').split('').map((c) => LEGEND[c]),
      elevation: ELEVATION.join('').split('').map(Number),
    },
    areas: { exit: [{ x: 0, y: 11 }, { x: 1, y: 11 }] },
    sides: [
      { id: 'avengers', name: 'Avengers', enemies: ['ultron'], playable: true, color: '#3b82f6' },
      { id: 'ultron', name: 'Ultron', enemies: ['avengers', 'civilians'], color: '#ef4444' },
      { id: 'civilians', name: 'Civilians', enemies: [], passive: true, color: '#facc15' },
    ],
    unitTypes: Object.fromEntries(types.map((t) => [t.id, t])),
    units: [
      { id: 'iron-man', type: 'iron-man', side: 'avengers', x: 2, y: 8 },
      { id: 'cap', type: 'captain-america', side: 'avengers', x: 4, y: 9 },
      { id: 'hawkeye', type: 'hawkeye', side: 'avengers', x: 1, y: 3 },
      { id: 'sentry-1', type: 'ultron-sentry', side: 'ultron', x: 9, y: 5 },
      { id: 'sentry-2', type: 'ultron-sentry', side: 'ultron', x: 13, y: 3 },
      { id: 'sentry-3', type: 'ultron-sentry', side: 'ultron', x: 11, y: 9 },
      { id: 'tech-1', type: 'civilian', side: 'civilians', x: 3, y: 11, name: 'Technician' },
    ],
    items: [{ id: 'arc-core', name: 'Arc reactor core', at: { x: 8, y: 2 } }],
    objectives: [
      { id: 'clear', text: 'Destroy every sentry', type: 'defeatAll' },
      { id: 'tech', text: 'Keep the technician alive', type: 'protectUnit', unit: 'tech-1' },
    ],
    triggers: [
      { id: 'warn', when: { event: 'turnStart', turn: 2, side: 'avengers' }, do: [{ do: 'message', speaker: 'F.R.I.D.A.Y.', text: 'The sentries are adapting. Watch your flanks.' }] },
    ],
    turnLimit: 12,
  };
}
