// A bare test ground for the roster's abilities: an open map (or given rows), two or more sides,
// and only the units a test places. Parsed through the real parser so the roster is what is tested.
import {
  applyAction, createGame, type Action, type GameState, type SideDef, type StatusInstance,
} from '../../src/engine';
import { parseText, type Step } from './campaign-fixture';

export interface ArenaUnit {
  id: string;
  type: string;
  side: string;
  x: number;
  y: number;
  hp?: number;
  statuses?: StatusInstance[];
}

export interface ArenaSetup {
  units: ArenaUnit[];
  rows?: string[];
  sides?: SideDef[];
  items?: { id: string; name: string; at?: { x: number; y: number }; carrier?: string }[];
  unitTypes?: unknown[];
}

const OPEN = Array.from({ length: 12 }, () => '.'.repeat(16));

const DEFAULT_SIDES: SideDef[] = [
  { id: 'avengers', name: 'Avengers', enemies: ['ultron'] },
  { id: 'ultron', name: 'Ultron', enemies: ['avengers', 'civilians'] },
  { id: 'civilians', name: 'Civilians', enemies: [] },
];

export function arenaText(setup: ArenaSetup): string {
  return JSON.stringify({
    id: 'arena',
    name: 'Arena',
    briefing: 'A test ground.',
    debrief: { victory: 'Won.', defeat: 'Lost.' },
    turnLimit: 30,
    map: { rows: setup.rows ?? OPEN },
    sides: setup.sides ?? DEFAULT_SIDES,
    ...(setup.unitTypes ? { unitTypes: setup.unitTypes } : {}),
    units: setup.units,
    items: setup.items ?? [],
    objectives: [{ id: 'win', type: 'survive', turns: 30, text: 'Stand.' }],
  });
}

/** A fresh game on the arena, the first side to move. */
export function arena(setup: ArenaSetup, seed: string | number = 1): GameState {
  return createGame(parseText(arenaText(setup), 'arena.json'), seed);
}

/**
 * The first seed (from 1) under which every to-hit roll of `action` lands, applied: a fixed seed that
 * shows what the ability does when it connects. The odds themselves are checked through preview().
 */
export function whenItLands(build: (seed: number) => GameState, action: Action): Step & { seed: number } {
  for (let seed = 1; seed <= 300; seed++) {
    const result = applyAction(build(seed), action);
    if (!result.ok) throw new Error(`${JSON.stringify(action)} refused: ${result.error.message}`);
    const rolls = result.events.filter((e) => e.type === 'attackRolled');
    if (rolls.every((e) => e.type === 'attackRolled' && e.hit)) return { state: result.state, events: result.events, seed };
  }
  throw new Error(`no seed in 1..300 lands every roll of ${JSON.stringify(action)}`);
}

export const A = 'avengers';
export const X = 'ultron';
export const C = 'civilians';

/** Shorthand for an arena unit whose id is its type (or given). */
export function put(type: string, side: string, x: number, y: number, extra: Partial<ArenaUnit> = {}): ArenaUnit {
  return { id: type, type, side, x, y, ...extra };
}

/** A builder for whenItLands: the same arena under any seed. */
export const scene = (setup: ArenaSetup) => (seed: number) => arena(setup, seed);

/** A 16x12 map, open but for a wall down column `x`. */
export function walledAt(x: number): string[] {
  return Array.from({ length: 12 }, () => '.'.repeat(x) + '#' + '.'.repeat(15 - x));
}
