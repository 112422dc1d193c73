// What the enemy can do next turn, tile by tile: which units can strike each tile (moving first if
// they have the action points for it) and the most damage each could deal there. Charged attacks
// already marked on the board count too. The game draws it; the AI's caution reads it.
import {
  chebyshev, hasLineOfSight, isHostile, standingUnits, turnSides, unitById, unitTypeOf,
  type AbilityDef, type GameState, type Pos, type Unit,
} from '../engine';
import { reachableDestinations } from '../engine/movement';

export interface TileThreat {
  x: number;
  y: number;
  /** Each enemy that can strike the tile, with the most damage it could deal there (armour aside). */
  units: { unit: string; damage: number }[];
  /** The largest single enemy's damage. */
  maxDamage: number;
  /** Every listed enemy's damage added up: what focused fire could do. */
  totalDamage: number;
}

export interface ThreatOptions {
  /** Check line of sight from each tile the enemy could stand on (exact, slower). Default true. */
  lineOfSight?: boolean;
}

/** A flat map: damage per enemy slot per tile, for the AI's quick look-ups. */
export interface ThreatGrid {
  width: number;
  /** Sum over enemies of their max damage on each tile. */
  total: Float32Array;
  /** Largest single enemy damage on each tile. */
  max: Float32Array;
  perUnit: Map<string, Float32Array>;
}

function abilityMaxDamage(ability: AbilityDef, enraged: boolean): number {
  let sum = 0;
  for (const e of ability.effects) if (e.type === 'damage') sum += e.max + (enraged ? 2 : 0);
  const pushes = ability.effects.some((e) => e.type === 'push' && e.distance > 0);
  return sum + (pushes ? 1 : 0);
}

/** Will this unit act on its side's next turn? (Disabled units whose status runs past it will not.) */
function actsNextTurn(unit: Unit): boolean {
  return !unit.statuses.some((s) => (s.id === 'stunned' || s.id === 'hexed') && (s.turns === null || s.turns >= 1));
}

function footprint(state: GameState, origins: Pos[], ability: AbilityDef, los: boolean, mark: (i: number) => void) {
  const { width, height } = state.scenario.map;
  const max = ability.target === 'self' ? 0 : ability.range ?? 1;
  const min = ability.target === 'self' ? 0 : ability.minRange ?? 1;
  const blast = ability.area?.shape === 'blast' ? ability.area.size ?? 1 : ability.area?.shape === 'adjacent' ? 1 : 0;
  const reach = max + blast;
  const seen = new Uint8Array(width * height);
  for (const o of origins) {
    for (let y = Math.max(0, o.y - reach); y <= Math.min(height - 1, o.y + reach); y++) {
      for (let x = Math.max(0, o.x - reach); x <= Math.min(width - 1, o.x + reach); x++) {
        const i = y * width + x;
        if (seen[i]) continue;
        const d = chebyshev(o, { x, y });
        if (d < min - blast) continue;
        if (los && blast === 0 && d > 1 && ability.los !== false && !hasLineOfSight(state, o, { x, y })) continue;
        seen[i] = 1;
        mark(i);
      }
    }
  }
}

/** Sides that will act before `side` acts again, hostile to it. */
function threateningUnits(state: GameState, side: string): Unit[] {
  const order = turnSides(state);
  const active = new Set(order);
  return standingUnits(state).filter(
    (u) => isHostile(state, side, u.side) && active.has(u.side) && !unitTypeOf(state, u).structure && actsNextTurn(u),
  );
}

export function threatGrid(state: GameState, side: string, options: ThreatOptions = {}): ThreatGrid {
  const { width, height } = state.scenario.map;
  const grid: ThreatGrid = { width, total: new Float32Array(width * height), max: new Float32Array(width * height), perUnit: new Map() };
  const los = options.lineOfSight ?? true;
  for (const enemy of threateningUnits(state, side)) {
    const type = unitTypeOf(state, enemy);
    const origins: Pos[] = [{ x: enemy.x, y: enemy.y }];
    if (type.ap >= 2 && type.move > 0) origins.push(...reachableDestinations(state, enemy));
    const own = new Float32Array(width * height);
    const enraged = enemy.statuses.some((s) => s.id === 'enraged');
    for (const ability of type.abilities) {
      const damage = abilityMaxDamage(ability, enraged);
      if (damage <= 0 || ability.charged) continue;
      footprint(state, origins, ability, los, (i) => {
        if (own[i] < damage) own[i] = damage;
      });
    }
    addUnitLayer(grid, enemy.id, own);
  }
  addCharges(state, side, grid);
  return grid;
}

function addUnitLayer(grid: ThreatGrid, unit: string, own: Float32Array) {
  grid.perUnit.set(unit, own);
  for (let i = 0; i < own.length; i++) {
    if (own[i] <= 0) continue;
    grid.total[i] += own[i];
    if (grid.max[i] < own[i]) grid.max[i] = own[i];
  }
}

/** Marked charged attacks land where they are marked, if their caster still stands. */
function addCharges(state: GameState, side: string, grid: ThreatGrid) {
  for (const charge of state.charges) {
    const caster = unitById(state, charge.unit);
    if (!caster || caster.out !== null || !isHostile(state, side, caster.side)) continue;
    const ability = unitTypeOf(state, caster).abilities.find((a) => a.id === charge.ability);
    const damage = ability ? abilityMaxDamage(ability, false) : 0;
    if (damage <= 0) continue;
    const own = grid.perUnit.get(charge.unit) ?? new Float32Array(grid.total.length);
    const layer = new Float32Array(grid.total.length);
    for (const t of charge.tiles) layer[t.y * grid.width + t.x] = Math.max(damage, own[t.y * grid.width + t.x]);
    const key = grid.perUnit.has(charge.unit) ? `${charge.unit}#charge` : charge.unit;
    addUnitLayer(grid, key, layer);
  }
}

/**
 * For the overlay: every tile some enemy of `side` (default: the side whose turn it is) can strike
 * on its next turn, with who and how hard.
 */
export function threats(state: GameState, side: string = state.side, options: ThreatOptions = {}): TileThreat[] {
  const grid = threatGrid(state, side, options);
  const tiles: TileThreat[] = [];
  for (let i = 0; i < grid.total.length; i++) {
    if (grid.total[i] <= 0) continue;
    const units: { unit: string; damage: number }[] = [];
    for (const [unit, layer] of grid.perUnit) if (layer[i] > 0) units.push({ unit: unit.replace(/#charge$/, ''), damage: layer[i] });
    tiles.push({ x: i % grid.width, y: Math.floor(i / grid.width), units, maxDamage: grid.max[i], totalDamage: grid.total[i] });
  }
  return tiles;
}
