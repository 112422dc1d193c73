// Where a unit can move with one move action: cheapest paths over terrain, elevation and units.
import { elevationAt, inBounds, isHostile, terrainAt, unitAt, unitTypeOf } from './board';
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

function passable(state: GameState, mover: Unit, x: number, y: number, t: Traits): boolean {
  const other = unitAt(state, x, y);
  if (!other || t.flying || t.phasing) return true;
  return !isHostile(state, mover.side, other.side);
}

type Search = Map<number, { cost: number; prev: number }>;

/** Cheapest-cost search from the unit, up to `budget` movement points (default: its move). */
function search(state: GameState, unit: Unit, budget?: number): { best: Search; traits: Traits; start: number } {
  const type = unitTypeOf(state, unit);
  const traits: Traits = { flying: !!type.flying, phasing: !!type.phasing };
  const limit = budget ?? type.move;
  const width = state.scenario.map.width;
  const best = new Map<number, { cost: number; prev: number }>();
  const start = unit.y * width + unit.x;
  best.set(start, { cost: 0, prev: -1 });
  const buckets: number[][] = [[start]];
  for (let cost = 0; cost <= limit; cost++) {
    const bucket = buckets[cost];
    if (!bucket) continue;
    for (const index of bucket) {
      if (best.get(index)!.cost !== cost) continue;
      const from = { x: index % width, y: Math.floor(index / width) };
      for (const [dx, dy] of STEPS) {
        const x = from.x + dx;
        const y = from.y + dy;
        if (!inBounds(state, x, y) || !cornerOpen(state, from, dx, dy, traits)) continue;
        const step = stepCost(state, from, x, y, traits);
        if (step === null || cost + step > limit || !passable(state, unit, x, y, traits)) continue;
        const next = y * width + x;
        const known = best.get(next);
        if (known && known.cost <= cost + step) continue;
        best.set(next, { cost: cost + step, prev: index });
        (buckets[cost + step] ??= []).push(next);
      }
    }
  }
  return { best, traits, start };
}

function canStop(state: GameState, x: number, y: number, traits: Traits): boolean {
  return canStand(terrainAt(state, x, y), traits.flying) && !unitAt(state, x, y);
}

/** Every tile one move action can take the unit to, with its cost and path, in row order. */
export function reachableTiles(state: GameState, unit: Unit, budget?: number): Reach[] {
  const { best, traits, start } = search(state, unit, budget);
  const width = state.scenario.map.width;
  const result: Reach[] = [];
  for (const [index, { cost }] of best) {
    const x = index % width;
    const y = Math.floor(index / width);
    if (index === start || !canStop(state, x, y, traits)) continue;
    result.push({ to: { x, y }, cost, path: pathTo(best, index, width) });
  }
  result.sort((a, b) => a.to.y - b.to.y || a.to.x - b.to.x);
  return result;
}

function pathTo(best: Map<number, { prev: number }>, index: number, width: number): Pos[] {
  const path: Pos[] = [];
  for (let i = index; i !== -1; i = best.get(i)!.prev) path.push({ x: i % width, y: Math.floor(i / width) });
  return path.reverse();
}

/** The reach to one tile, or null when one move cannot get there. */
export function reachTo(state: GameState, unit: Unit, to: Pos): Reach | null {
  if (!inBounds(state, to.x, to.y)) return null;
  const { best, traits, start } = search(state, unit);
  const width = state.scenario.map.width;
  const index = to.y * width + to.x;
  const found = best.get(index);
  if (!found || index === start || !canStop(state, to.x, to.y, traits)) return null;
  return { to: { x: to.x, y: to.y }, cost: found.cost, path: pathTo(best, index, width) };
}
