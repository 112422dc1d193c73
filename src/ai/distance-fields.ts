// Travel distances to the places a plan cares about (areas, items), measured by the engine's own
// movement search run outwards from the goal, so walls, chasms and climbing count as the rules say.
import { chebyshev, unitTypeOf, type GameState, type Pos, type Unit } from '../engine';
import { costsFrom } from '../engine/movement';

/** Far enough to cover any map; the search stops by itself where nothing new is reached. */
const WHOLE_MAP_BUDGET = 400;

export interface DistanceField {
  /** Movement cost from the tile to the nearest goal tile; -1 where the search could not stop. */
  cost: Int32Array;
  goal: Pos[];
}

function movementClass(state: GameState, unit: Unit): string {
  const type = unitTypeOf(state, unit);
  return type.phasing ? 'phasing' : type.flying ? 'flying' : 'walking';
}

export function buildField(state: GameState, mover: Unit, goal: Pos[]): DistanceField {
  // One search outwards from every goal tile at once, over the terrain alone (no units in the way):
  // a field depends on the map and its wrecks only, the same whenever it is built, which keeps the
  // AI's choices a function of the state.
  const cost = costsFrom(state, mover, goal, WHOLE_MAP_BUDGET);
  const width = state.scenario.map.width;
  for (const tile of goal) cost[tile.y * width + tile.x] = 0;
  return { cost, goal };
}

/** Distance from a tile to the field's goal; tiles the search skipped (occupied) borrow a neighbour's. */
export function fieldDistance(state: GameState, field: DistanceField, at: Pos): number {
  const { width, height } = state.scenario.map;
  const own = field.cost[at.y * width + at.x];
  if (own >= 0) return own;
  let best = -1;
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const x = at.x + dx;
      const y = at.y + dy;
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      const c = field.cost[y * width + x];
      if (c >= 0 && (best < 0 || c + 1 < best)) best = c + 1;
    }
  }
  if (best >= 0) return best;
  // Cut off from the goal (or walled in): fall back on straight-line distance, penalised.
  return 2 * Math.min(...field.goal.map((g) => chebyshev(g, at))) + 4;
}

/** Tiles to go round what is in the way from `unit` to `other` (walls stop flyers too); phasers go straight. */
export function travelTo(state: GameState, fields: FieldCache, unit: Unit, other: Pos): number {
  const type = unitTypeOf(state, unit);
  const straight = chebyshev(unit, other);
  if (type.phasing || straight <= 1) return straight;
  return Math.max(straight, fields.distanceToTile(state, unit, other, unit));
}

/**
 * Area fields of recent boards, shared by every player in this thread: a field is a function of the
 * map and its changed terrain only, so sharing it changes no choice, only how soon it is ready.
 */
const sharedAreaFields = new Map<string, Map<string, DistanceField>>();
const SHARED_BOARDS = 8;

function sharedFor(boardKey: string): Map<string, DistanceField> {
  let fields = sharedAreaFields.get(boardKey);
  if (!fields) {
    if (sharedAreaFields.size >= SHARED_BOARDS) sharedAreaFields.delete(sharedAreaFields.keys().next().value!);
    sharedAreaFields.set(boardKey, (fields = new Map()));
  }
  return fields;
}

/** Fields built once per board (map and terrain) and reused across the turn's many questions. */
export class FieldCache {
  private fields: Map<string, DistanceField>;

  /** `boardKey` names the map and its terrain changes; fields with the same key are the same. */
  constructor(boardKey?: string) {
    this.fields = boardKey === undefined ? new Map() : sharedFor(boardKey);
  }
  /** area → unit type → side → field: no string building on the hot path. */
  private areaFields = new Map<string, Map<string, Map<string, DistanceField>>>();

  distanceToArea(state: GameState, mover: Unit, area: string, at: Pos): number {
    let byType = this.areaFields.get(area);
    if (!byType) this.areaFields.set(area, (byType = new Map()));
    let bySide = byType.get(mover.type);
    if (!bySide) byType.set(mover.type, (bySide = new Map()));
    let field = bySide.get(mover.side);
    if (!field) {
      const tiles = state.scenario.areas[area] ?? [];
      if (tiles.length === 0) return 0;
      const key = `area:${area}:${movementClass(state, mover)}`;
      field = this.fields.get(key);
      if (!field) this.fields.set(key, (field = buildField(state, mover, tiles)));
      bySide.set(mover.side, field);
    }
    return fieldDistance(state, field, at);
  }

  distanceToTile(state: GameState, mover: Unit, tile: Pos, at: Pos): number {
    const key = `tile:${tile.x},${tile.y}:${movementClass(state, mover)}`;
    let field = this.fields.get(key);
    if (!field) this.fields.set(key, (field = buildField(state, mover, [tile])));
    return fieldDistance(state, field, at);
  }
}
