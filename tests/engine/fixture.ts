// A small resolved scenario for engine tests, built in code so each test can vary one thing.
import type { AbilityDef, Scenario, Terrain, UnitType } from '../../src/engine';
import {
  applyAction, createGame, hashState, startGame, type Action, type GameEvent, type GameState, type UnitPlacement,
} from '../../src/engine';

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

// ---------------------------------------------------------------------------------------------
// Building states for rule tests: a map from rows, units placed by hand, abilities as data.


export interface ArenaOptions extends Partial<Scenario> {
  /** Elevation rows of digits, same size as the terrain rows (default all 0). */
  heights?: string[];
  /** Extra unit types, added to hero/bot/civ (same id replaces). */
  types?: UnitType[];
}

/** A scenario from terrain rows with exactly the units given (default: none but those). */
export function arena(rows: string[], units: UnitPlacement[], options: ArenaOptions = {}): Scenario {
  const { heights, types = [], ...extra } = options;
  const base = makeScenario(rows);
  if (heights) base.map.elevation = heights.join('').split('').map(Number);
  for (const t of types) base.unitTypes[t.id] = t;
  return { ...base, units, ...extra };
}

export const place = (id: string, type: string, side: string, x: number, y: number, more: Partial<UnitPlacement> = {}): UnitPlacement => ({
  id, type, side, x, y, ...more,
});

export function start(scenario: Scenario, seed: string | number = 'seed'): GameState {
  return createGame(scenario, seed);
}

export function startWithEvents(scenario: Scenario, seed: string | number = 'seed') {
  return startGame(scenario, seed);
}

/** Applies a legal action; a refusal fails the test with the engine's message. */
export function act(state: GameState, action: Action): { state: GameState; events: GameEvent[]; undoable: boolean } {
  const result = applyAction(state, action);
  if (!result.ok) throw new Error(`action refused (${result.error.code}): ${result.error.message}`);
  return result;
}

export const move = (unit: string, x: number, y: number): Action => ({ type: 'move', unit, to: { x, y } });
export const use = (unit: string, ability: string, x: number, y: number): Action => ({ type: 'ability', unit, ability, target: { x, y } });
export const endTurn: Action = { type: 'endTurn' };

/** Ends turns until `side` is to play (at most a few rounds). */
export function passTo(state: GameState, side: string): GameState {
  let s = state;
  for (let i = 0; i < 10 && s.side !== side; i++) s = act(s, endTurn).state;
  if (s.side !== side) throw new Error(`never reached ${side}'s turn`);
  return s;
}

export const unitOf = (state: GameState, id: string) => {
  const unit = state.units.find((u) => u.id === id);
  if (!unit) throw new Error(`no unit ${id}`);
  return unit;
};

export const has = (state: GameState, id: string, status: string): boolean =>
  unitOf(state, id).statuses.some((s) => s.id === status);

/** An ability with the usual defaults: an enemy within 5, always lands, ends the turn. */
export function ability(id: string, more: Partial<AbilityDef> & Pick<AbilityDef, 'effects'>): AbilityDef {
  return { id, name: id, description: '', target: 'enemy', range: 5, ...more };
}

/** A hero type with only these abilities. */
export function heroWith(id: string, abilities: AbilityDef[], more: Partial<UnitType> = {}): UnitType {
  return unitType(id, { abilities, ...more });
}

export const eventsOf = <T extends GameEvent['type']>(events: GameEvent[], type: T) =>
  events.filter((e): e is Extract<GameEvent, { type: T }> => e.type === type);

export { hashState };
