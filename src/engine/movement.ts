// Where a unit can move with one move action: cheapest paths over terrain, elevation and units.
import { elevationAt, inBounds, isHostile, terrainAt, unitTypeOf } from './board';
import { canEnter, canStand, TERRAIN_RULES } from './terrain';
import type { GameState, Pos, Unit } from './types';

export interface Reach {
  to: Pos;
  cost: number;
  path: Pos[];
}

const STEPS: ReadonlyArray<readonly [number, number]> = [
  [0, -1], [1, 0], [0, 1], [-1, 0], [1, -1], [1, 1], [-1, 1], [-1, -1],
];

interface Traits {
  flying: boolean;
  phasing: boolean;
}

function stepCost(state: GameState, from: Pos, x: number, y: number, t: Traits): number | null {
  const terrain = terrainAt(state, x, y);
  if (!canEnter(terrain, t.flying, t.phasing)) return null;
  if (t.flying || t.phasing) return 1;
  const climb = Math.max(0, elevationAt(state, x, y) - elevationAt(state, from.x, from.y));
  return (TERRAIN_RULES[terrain].cost ?? 1) + climb;
}

/** A diagonal step may not cut between two tiles the unit could not enter. */
function cornerOpen(state: GameState, from: Pos, dx: number, dy: number, t: Traits): boolean {
  if (dx === 0 || dy === 0) return true;
  const a = terrainAt(state, from.x + dx, from.y);
  const b = terrainAt(state, from.x, from.y + dy);
  return canEnter(a, t.flying, t.phasing) && canEnter(b, t.flying, t.phasing);
}

/** Standing units by tile index, built once per search rather than scanned per step. */
function occupancy(state: GameState): Map<number, Unit> {
  const width = state.scenario.map.width;
  const map = new Map<number, Unit>();
  for (const u of state.units) if (u.out === null) map.set(u.y * width + u.x, u);
  return map;
}

/** Cheapest cost to each tile (-1: not reached) and the tile it came from. */
interface Search {
  cost: Int32Array;
  prev: Int32Array;
  reached: number[];
}

/** Cheapest-cost search from the unit, up to `budget` movement points (default: its move). */
function search(state: GameState, unit: Unit, budget?: number, goal = -1): { best: Search; traits: Traits; start: number; occupied: Map<number, Unit> } {
  const type = unitTypeOf(state, unit);
  const traits: Traits = { flying: !!type.flying, phasing: !!type.phasing };
  const occupied = occupancy(state);
  const blocks = (index: number): boolean => {
    const other = occupied.get(index);
    return !!other && !traits.flying && !traits.phasing && isHostile(state, unit.side, other.side);
  };
  const limit = budget ?? type.move;
  const { width, height } = state.scenario.map;
  const best: Search = { cost: new Int32Array(width * height).fill(-1), prev: new Int32Array(width * height), reached: [] };
  const start = unit.y * width + unit.x;
  best.cost[start] = 0;
  best.prev[start] = -1;
  best.reached.push(start);
  const buckets: number[][] = [[start]];
  for (let cost = 0; cost <= limit; cost++) {
    const bucket = buckets[cost];
    if (!bucket) continue;
    for (const index of bucket) {
      if (best.cost[index] !== cost) continue;
      // Tiles leave the buckets in order of cost, so the goal's cost is final once it is reached.
      if (index === goal) return { best, traits, start, occupied };
      const from = { x: index % width, y: (index - (index % width)) / width };
      for (const [dx, dy] of STEPS) {
        const x = from.x + dx;
        const y = from.y + dy;
        if (x < 0 || y < 0 || x >= width || y >= height || !cornerOpen(state, from, dx, dy, traits)) continue;
        const step = stepCost(state, from, x, y, traits);
        const next = y * width + x;
        if (step === null || cost + step > limit || blocks(next)) continue;
        const known = best.cost[next];
        if (known !== -1 && known <= cost + step) continue;
        if (known === -1) best.reached.push(next);
        best.cost[next] = cost + step;
        best.prev[next] = index;
        (buckets[cost + step] ??= []).push(next);
      }
    }
  }
  return { best, traits, start, occupied };
}

function canStop(state: GameState, index: number, traits: Traits, occupied: Map<number, Unit>): boolean {
  const width = state.scenario.map.width;
  const x = index % width;
  return canStand(terrainAt(state, x, (index - x) / width), traits.flying) && !occupied.has(index);
}

/** Every tile one move action can take the unit to, with its cost and path, in row order. */
export function reachableTiles(state: GameState, unit: Unit, budget?: number): Reach[] {
  const { best, traits, start, occupied } = search(state, unit, budget);
  const width = state.scenario.map.width;
  const result: Reach[] = [];
  for (const index of best.reached) {
    const cost = best.cost[index];
    const x = index % width;
    const y = Math.floor(index / width);
    if (index === start || !canStop(state, index, traits, occupied)) continue;
    result.push({ to: { x, y }, cost, path: pathTo(best, index, width) });
  }
  result.sort((a, b) => a.to.y - b.to.y || a.to.x - b.to.x);
  return result;
}

function pathTo(best: Search, index: number, width: number): Pos[] {
  const path: Pos[] = [];
  for (let i = index; i !== -1; i = best.prev[i]) path.push({ x: i % width, y: Math.floor(i / width) });
  return path.reverse();
}

/** Only the tiles one move can reach, without paths: cheaper, for listing legal actions. */
export function reachableDestinations(state: GameState, unit: Unit): Pos[] {
  const { best, traits, start, occupied } = search(state, unit);
  const width = state.scenario.map.width;
  const result: Pos[] = [];
  for (const index of best.reached) {
    const x = index % width;
    const y = (index - x) / width;
    if (index !== start && canStop(state, index, traits, occupied)) result.push({ x, y });
  }
  return result.sort((a, b) => a.y - b.y || a.x - b.x);
}

/** The reach to one tile, or null when one move cannot get there. */
export function reachTo(state: GameState, unit: Unit, to: Pos): Reach | null {
  if (!inBounds(state, to.x, to.y)) return null;
  const width = state.scenario.map.width;
  const index = to.y * width + to.x;
  const { best, traits, start, occupied } = search(state, unit, undefined, index);
  if (best.cost[index] === -1 || index === start || !canStop(state, index, traits, occupied)) return null;
  return { to: { x: to.x, y: to.y }, cost: best.cost[index], path: pathTo(best, index, width) };
}
