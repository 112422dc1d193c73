// Reading the board: tiles, terrain, elevation, units and who is hostile to whom.
import { hostileSidesOf, inAreaIndex, scenarioIndex } from './scenario-index';
import { TERRAIN_RULES } from './terrain';
import type { GameState, Pos, Terrain, Unit, UnitType } from './types';

export const tileIndex = (state: GameState, x: number, y: number): number => y * state.scenario.map.width + x;

export function inBounds(state: GameState, x: number, y: number): boolean {
  const { width, height } = state.scenario.map;
  return x >= 0 && y >= 0 && x < width && y < height;
}

export function terrainAt(state: GameState, x: number, y: number): Terrain {
  const i = tileIndex(state, x, y);
  return state.terrain[i] ?? state.scenario.map.terrain[i];
}

export function elevationAt(state: GameState, x: number, y: number): number {
  return scenarioIndex(state).elevation[tileIndex(state, x, y)] ?? 0;
}

export const chebyshev = (a: Pos, b: Pos): number => Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y));

export const samePos = (a: Pos, b: Pos): boolean => a.x === b.x && a.y === b.y;

export function unitById(state: GameState, id: string): Unit | undefined {
  return state.units.find((u) => u.id === id);
}

/** The standing unit on a tile, if any. */
export function unitAt(state: GameState, x: number, y: number): Unit | undefined {
  return state.units.find((u) => u.out === null && u.x === x && u.y === y);
}

export function standingUnits(state: GameState): Unit[] {
  return state.units.filter((u) => u.out === null);
}

export function unitTypeOf(state: GameState, unit: Unit): UnitType {
  const type = state.scenario.unitTypes[unit.type];
  if (!type) throw new Error(`invariant: unit ${unit.id} has unknown type ${unit.type}`);
  return type;
}

export function sideDef(state: GameState, side: string) {
  return state.scenario.sides.find((s) => s.id === side);
}

/** Hostility is mutual: either side naming the other as an enemy makes them enemies. */
export function isHostile(state: GameState, a: string, b: string): boolean {
  return a !== b && hostileSidesOf(state, a).includes(b);
}

export function hasStatus(unit: Unit, status: string): boolean {
  return unit.statuses.some((s) => s.id === status);
}

/** Cannot act this turn: stunned, hexed, or a structure. */
export function isDisabled(state: GameState, unit: Unit): boolean {
  return hasStatus(unit, 'stunned') || hasStatus(unit, 'hexed') || !!unitTypeOf(state, unit).structure;
}

export function areaTiles(state: GameState, area: string): Pos[] {
  return state.scenario.areas[area] ?? [];
}

export function inArea(state: GameState, area: string, pos: Pos): boolean {
  return inAreaIndex(state, area, pos.x, pos.y);
}

/** Can this unit stand on the tile (terrain and no other unit)? */
export function isFreeFor(state: GameState, unit: Unit | null, x: number, y: number, flying: boolean): boolean {
  if (!inBounds(state, x, y)) return false;
  const t = TERRAIN_RULES[terrainAt(state, x, y)];
  const terrainOk = flying ? !t.blocksFlyers : t.cost !== null;
  if (!terrainOk) return false;
  const other = unitAt(state, x, y);
  return !other || other === unit;
}

/** Free tiles nearest to a point, in a fixed order (ring by ring, row by row). */
export function nearestFreeTile(state: GameState, at: Pos, flying: boolean): Pos | null {
  const { width, height } = state.scenario.map;
  const maxRing = Math.max(width, height);
  for (let r = 0; r <= maxRing; r++) {
    for (let y = at.y - r; y <= at.y + r; y++) {
      for (let x = at.x - r; x <= at.x + r; x++) {
        if (Math.max(Math.abs(x - at.x), Math.abs(y - at.y)) !== r) continue;
        if (isFreeFor(state, null, x, y, flying)) return { x, y };
      }
    }
  }
  return null;
}
