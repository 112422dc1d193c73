// Where a unit can move with one move action: cheapest paths over terrain, elevation and units.
import { inBounds, unitTypeOf } from './board';
import { hostileSidesOf, scenarioIndex, TERRAIN_KINDS, terrainCode, type ScenarioIndex } from './scenario-index';
import { TERRAIN_RULES } from './terrain';
import type { GameState, Pos, Unit } from './types';

export interface Reach {
  to: Pos;
  cost: number;
  path: Pos[];
}

interface Traits {
  flying: boolean;
  phasing: boolean;
}

const DX = Int8Array.from([0, 1, 0, -1, 1, 1, -1, -1]);
const DY = Int8Array.from([-1, 0, 1, 0, -1, 1, 1, -1]);

// Per terrain code: can a walker enter, does it stop flyers, what a step onto it costs a walker.
const WALKABLE = Uint8Array.from(TERRAIN_KINDS, (t) => (TERRAIN_RULES[t].cost === null ? 0 : 1));
const FLYABLE = Uint8Array.from(TERRAIN_KINDS, (t) => (TERRAIN_RULES[t].blocksFlyers ? 0 : 1));
const WALK_COST = Int32Array.from(TERRAIN_KINDS, (t) => TERRAIN_RULES[t].cost ?? 0);

/**
 * The search's working memory, reused by every search: a fresh array per call made the garbage
 * collector the engine's biggest cost. A tile's entries count only when its stamp is the current
 * search's, so nothing needs clearing between searches. Searches never nest, and every caller
 * reads the result before the next search starts.
 */
const scratch = {
  size: 0,
  stamp: 0,
  seen: new Uint32Array(0),
  cost: new Int32Array(0),
  prev: new Int32Array(0),
  /** Terrain codes as they are now (the map's, with this state's changes). */
  terrain: new Uint8Array(0),
  /** Whose map `terrain` was copied from last, and whether changes were laid over it. */
  terrainOf: null as ScenarioIndex | null,
  terrainChanged: false,
  /** 1: a standing unit is here; 2: one the mover may not pass through. */
  occupied: new Uint8Array(0),
  reached: [] as number[],
  buckets: [] as number[][],
};

function prepare(state: GameState, unit: Unit, flying: boolean, phasing: boolean): void {
  const index = scenarioIndex(state);
  const size = index.width * index.height;
  if (scratch.size !== size) {
    scratch.size = size;
    scratch.stamp = 0;
    scratch.seen = new Uint32Array(size);
    scratch.cost = new Int32Array(size);
    scratch.prev = new Int32Array(size);
    scratch.terrain = new Uint8Array(size);
    scratch.terrainOf = null;
    scratch.occupied = new Uint8Array(size);
  }
  scratch.stamp += 1;
  if (scratch.stamp === 0xffffffff) {
    scratch.seen.fill(0);
    scratch.stamp = 1;
  }
  scratch.reached.length = 0;
  // Most states have no changed terrain: then the map's own codes, copied last time, still stand.
  let changed = false;
  for (const key in state.terrain) {
    if (!changed) {
      changed = true;
      scratch.terrain.set(index.baseTerrain);
    }
    const tile = Number(key);
    if (tile >= 0 && tile < size) scratch.terrain[tile] = terrainCode(state.terrain[key]);
  }
  if (!changed && (scratch.terrainOf !== index || scratch.terrainChanged)) scratch.terrain.set(index.baseTerrain);
  scratch.terrainOf = index;
  scratch.terrainChanged = changed;
  scratch.occupied.fill(0);
  const passes = flying || phasing;
  const hostile = hostileSidesOf(state, unit.side);
  for (const other of state.units) {
    if (other.out !== null) continue;
    const tile = other.y * index.width + other.x;
    if (tile < 0 || tile >= size) continue;
    scratch.occupied[tile] = !passes && other.side !== unit.side && hostile.includes(other.side) ? 2 : 1;
  }
}

const costOf = (index: number): number => (scratch.seen[index] === scratch.stamp ? scratch.cost[index] : -1);

/**
 * Cheapest-cost search from the unit, up to `budget` movement points (default: its move), into
 * `scratch`. Stops early once `goal` (a tile index) is settled. With `sources` (tile indices), the
 * search starts from all of them at once instead of from the unit's own tile.
 */
function search(state: GameState, unit: Unit, budget?: number, goal = -1, sources?: readonly number[]): Traits & { start: number } {
  const type = unitTypeOf(state, unit);
  const flying = !!type.flying;
  const phasing = !!type.phasing;
  prepare(state, unit, flying, phasing);
  const { width, height, elevation } = scenarioIndex(state);
  const { seen, cost: best, prev, terrain, occupied, reached, buckets } = scratch;
  const stamp = scratch.stamp;
  const enterable = phasing ? null : flying ? FLYABLE : WALKABLE;
  const limit = budget ?? type.move;
  const start = unit.y * width + unit.x;
  const goalX = goal % width;
  const goalY = (goal - goalX) / width;
  const bucket0 = (buckets[0] ??= []);
  const count = sources ? sources.length : 1;
  for (let i = 0; i < count; i++) {
    const from = sources ? sources[i] : start;
    if (seen[from] === stamp) continue;
    seen[from] = stamp;
    best[from] = 0;
    prev[from] = -1;
    reached.push(from);
    bucket0.push(from);
  }
  let pending = bucket0.length;
  let highest = 0;
  for (let cost = 0; cost <= limit && pending > 0; cost++) {
    const bucket = buckets[cost];
    if (!bucket) continue;
    for (let b = 0; b < bucket.length; b++) {
      const index = bucket[b];
      pending -= 1;
      if (best[index] !== cost) continue;
      // Tiles leave the buckets in order of cost, so the goal's cost is final once it is reached.
      if (index === goal) {
        pending = 0;
        break;
      }
      const fx = index % width;
      const fy = (index - fx) / width;
      for (let s = 0; s < 8; s++) {
        const dx = DX[s];
        const dy = DY[s];
        const x = fx + dx;
        const y = fy + dy;
        if (x < 0 || y < 0 || x >= width || y >= height) continue;
        const next = y * width + x;
        if (enterable !== null) {
          if (enterable[terrain[next]] === 0) continue;
          // A diagonal step may not cut between two tiles the unit could not enter.
          if (dx !== 0 && dy !== 0 && (enterable[terrain[index + dx]] === 0 || enterable[terrain[index + dy * width]] === 0)) continue;
        }
        const step = enterable === WALKABLE ? WALK_COST[terrain[next]] + Math.max(0, elevation[next] - elevation[index]) : 1;
        const total = cost + step;
        if (total > limit || occupied[next] === 2) continue;
        // Every step costs at least 1, so a tile farther (in king's moves) from the goal than the
        // points left cannot be on a way there. Skipping it changes no cost and no path: any tile
        // that gives a kept tile its cheapest cost is itself kept, so the kept tiles are taken in
        // the same order as without the cut.
        if (goal >= 0 && total + Math.max(Math.abs(x - goalX), Math.abs(y - goalY)) > limit) continue;
        if (seen[next] === stamp) {
          if (best[next] <= total) continue;
        } else {
          seen[next] = stamp;
          reached.push(next);
        }
        best[next] = total;
        prev[next] = index;
        (buckets[total] ??= []).push(next);
        pending += 1;
        if (total > highest) highest = total;
      }
    }
  }
  for (let c = 0; c <= highest && c < buckets.length; c++) if (buckets[c]) buckets[c].length = 0;
  return { flying, phasing, start };
}

function canStop(index: number, traits: Traits): boolean {
  const code = scratch.terrain[index];
  return (traits.flying ? FLYABLE[code] : WALKABLE[code]) === 1 && scratch.occupied[index] === 0;
}

/** Every tile one move action can take the unit to, with its cost and path, in row order. */
export function reachableTiles(state: GameState, unit: Unit, budget?: number): Reach[] {
  const traits = search(state, unit, budget);
  const width = state.scenario.map.width;
  const result: Reach[] = [];
  for (const index of scratch.reached) {
    if (index === traits.start || !canStop(index, traits)) continue;
    const x = index % width;
    result.push({ to: { x, y: (index - x) / width }, cost: scratch.cost[index], path: pathTo(index, width) });
  }
  result.sort((a, b) => a.to.y - b.to.y || a.to.x - b.to.x);
  return result;
}

function pathTo(index: number, width: number): Pos[] {
  const path: Pos[] = [];
  for (let i = index; i !== -1; i = scratch.prev[i]) path.push({ x: i % width, y: Math.floor(i / width) });
  return path.reverse();
}

/**
 * Movement cost, for a unit like `unit` but with no other unit on the board, from the nearest of
 * `tiles` to every tile it could stop on within `budget` points; -1 where it cannot. One search
 * from all the tiles at once: the travel distances an AI measures to an area.
 */
export function costsFrom(state: GameState, unit: Unit, tiles: readonly Pos[], budget: number): Int32Array {
  const width = state.scenario.map.width;
  const sources = tiles.filter((t) => inBounds(state, t.x, t.y)).map((t) => t.y * width + t.x);
  const traits = search({ ...state, units: [] }, unit, budget, -1, sources);
  const result = new Int32Array(scratch.size).fill(-1);
  for (const index of scratch.reached) if (canStop(index, traits)) result[index] = scratch.cost[index];
  return result;
}

/** Only the tiles one move can reach, without paths: cheaper, for listing legal actions. */
export function reachableDestinations(state: GameState, unit: Unit): Pos[] {
  const traits = search(state, unit);
  const width = state.scenario.map.width;
  const result: Pos[] = [];
  for (const index of scratch.reached) {
    if (index === traits.start || !canStop(index, traits)) continue;
    const x = index % width;
    result.push({ x, y: (index - x) / width });
  }
  return result.sort((a, b) => a.y - b.y || a.x - b.x);
}

/** The reach to one tile, or null when one move cannot get there. */
export function reachTo(state: GameState, unit: Unit, to: Pos): Reach | null {
  if (!inBounds(state, to.x, to.y)) return null;
  const width = state.scenario.map.width;
  const index = to.y * width + to.x;
  const traits = search(state, unit, undefined, index);
  if (costOf(index) === -1 || index === traits.start || !canStop(index, traits)) return null;
  return { to: { x: to.x, y: to.y }, cost: scratch.cost[index], path: pathTo(index, width) };
}
