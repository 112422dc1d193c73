// A small resolved scenario for engine tests, built in code so each test can vary one thing.
import type { AbilityDef, Scenario, Terrain, UnitType } from '../../src/engine';

const LEGEND: Record<string, Terrain> = {
  '.': 'open', ',': 'rough', n: 'low-cover', N: 'high-cover', '#': 'wall', '~': 'water', _: 'chasm', B: 'building', '%': 'debris',
};

export const strike: AbilityDef = {
  id: 'strike', name: 'Strike', description: 'Hit an adjacent enemy.', target: 'enemy', range: 1, accuracy: 100,
  effects: [{ type: 'damage', min: 2, max: 2 }],
};

export const blast: AbilityDef = {
  id: 'blast', name: 'Blast', description: 'Shoot an enemy in sight.', target: 'enemy', range: 5, accuracy: 70,
  effects: [{ type: 'damage', min: 1, max: 3 }],
};

export function unitType(id: string, extra: Partial<UnitType> = {}): UnitType {
  return { id, name: id, tags: [], hp: 5, armour: 0, defence: 0, move: 4, ap: 2, abilities: [strike, blast], ...extra };
}

export function makeScenario(rows: string[], extra: Partial<Scenario> = {}): Scenario {
  const terrain = rows.join('').split('').map((c) => LEGEND[c]);
  const types = [unitType('hero'), unitType('bot'), unitType('civ', { tags: ['civilian'], abilities: [] })];
  return {
    id: 'test', name: 'Test', briefing: '', debrief: { victory: '', defeat: '' },
    map: { width: rows[0].length, height: rows.length, terrain, elevation: terrain.map(() => 0) },
    areas: {},
    sides: [
      { id: 'avengers', name: 'Avengers', enemies: ['ultron'] },
      { id: 'ultron', name: 'Ultron', enemies: ['avengers'] },
    ],
    unitTypes: Object.fromEntries(types.map((t) => [t.id, t])),
    units: [
      { id: 'h1', type: 'hero', side: 'avengers', x: 0, y: 0 },
      { id: 'b1', type: 'bot', side: 'ultron', x: rows[0].length - 1, y: rows.length - 1 },
    ],
    items: [],
    objectives: [{ id: 'win', text: 'Defeat them all', type: 'defeatAll' }],
    triggers: [],
    turnLimit: 20,
    ...extra,
  };
}
