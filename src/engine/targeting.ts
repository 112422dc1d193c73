// Which tiles an ability may target, which tiles it touches, and which units it affects.
import {
  chebyshev, hasStatus, inBounds, isFreeFor, isHostile, standingUnits, terrainAt, unitAt, unitTypeOf,
} from './board';
import { TERRAIN_RULES } from './terrain';
import { hasLineOfSight } from './sight';
import type { AbilityDef, GameState, Pos, TargetFilter, Unit } from './types';

export function abilityRange(ability: AbilityDef): { min: number; max: number } {
  if (ability.target === 'self') return { min: 0, max: 0 };
  return { min: ability.minRange ?? 1, max: ability.range ?? 1 };
}

function matchesFilter(state: GameState, unit: Unit, filter: TargetFilter | undefined): boolean {
  if (!filter) return true;
  const type = unitTypeOf(state, unit);
  if (filter.tags && !filter.tags.some((t) => type.tags.includes(t))) return false;
  if (filter.notTags && filter.notTags.some((t) => type.tags.includes(t))) return false;
  if (filter.types && !filter.types.includes(unit.type)) return false;
  if (filter.statuses && !filter.statuses.some((s) => hasStatus(unit, s))) return false;
  if (filter.maxHpPercent !== undefined && unit.hp * 100 > filter.maxHpPercent * type.hp) return false;
  return true;
}

/** Stealthed enemies can be picked out only from an adjacent tile. */
function visibleTo(caster: Unit, other: Unit, state: GameState): boolean {
  if (!hasStatus(other, 'stealthed') || !isHostile(state, caster.side, other.side)) return true;
  return chebyshev(caster, other) <= 1;
}

function straightLine(from: Pos, to: Pos): boolean {
  const dx = Math.abs(to.x - from.x);
  const dy = Math.abs(to.y - from.y);
  return dx === 0 || dy === 0 || dx === dy;
}

/** Why the caster cannot aim the ability at this tile, or null when it can. */
export function targetProblem(state: GameState, caster: Unit, ability: AbilityDef, at: Pos): string | null {
  if (!inBounds(state, at.x, at.y)) return 'the target is off the map';
  const { min, max } = abilityRange(ability);
  const distance = chebyshev(caster, at);
  if (distance < min || distance > max) return `the target is ${distance} tiles away; range is ${min}-${max}`;
  if (ability.area?.shape === 'line' && !straightLine(caster, at)) return 'a line must run straight or diagonally';
  if (ability.los !== false && distance > 0 && !hasLineOfSight(state, caster, at)) return 'no line of sight';
  const other = unitAt(state, at.x, at.y);
  switch (ability.target) {
    case 'self':
      return null;
    case 'enemy':
      if (!other || !isHostile(state, caster.side, other.side)) return 'the target must be an enemy';
      break;
    case 'ally':
      if (!other || other === caster || other.side !== caster.side) return 'the target must be an ally';
      break;
    case 'unit':
      if (!other || other === caster) return 'the target must be a unit';
      break;
    case 'empty':
      return isFreeFor(state, caster, at.x, at.y, !!unitTypeOf(state, caster).flying) && !other
        ? null
        : 'the target tile must be free';
    case 'item': {
      const lying = state.items.some((i) => i.carrier === null && i.x === at.x && i.y === at.y);
      const carried = other ? other.carrying !== null : false;
      return lying || carried ? null : 'there is no item there';
    }
    case 'tile':
      return null;
  }
  if (!visibleTo(caster, other, state)) return 'the target is stealthed';
  return matchesFilter(state, other, ability.filter) ? null : 'this ability cannot target that unit';
}

const UNIT_TARGETS = new Set(['enemy', 'ally', 'unit']);

/** Legal target tiles for the ability from where the caster stands, in row order. */
export function abilityTargets(state: GameState, caster: Unit, ability: AbilityDef): Pos[] {
  if (ability.target === 'self') return [{ x: caster.x, y: caster.y }];
  const { max } = abilityRange(ability);
  if (UNIT_TARGETS.has(ability.target)) {
    // Only tiles with a unit on them can qualify: look at the units, not every tile in range.
    return standingUnits(state)
      .filter((u) => chebyshev(caster, u) <= max && targetProblem(state, caster, ability, u) === null)
      .map((u) => ({ x: u.x, y: u.y }))
      .sort((a, b) => a.y - b.y || a.x - b.x);
  }
  const tiles: Pos[] = [];
  for (let y = caster.y - max; y <= caster.y + max; y++) {
    for (let x = caster.x - max; x <= caster.x + max; x++) {
      if (targetProblem(state, caster, ability, { x, y }) === null) tiles.push({ x, y });
    }
  }
  return tiles;
}

function lineTiles(state: GameState, from: Pos, to: Pos, length: number): Pos[] {
  const dx = Math.sign(to.x - from.x);
  const dy = Math.sign(to.y - from.y);
  const tiles: Pos[] = [];
  for (let i = 1; i <= length; i++) {
    const x = from.x + dx * i;
    const y = from.y + dy * i;
    if (!inBounds(state, x, y)) break;
    tiles.push({ x, y });
    // The blocking tile itself is struck (a wall can be wrecked), nothing beyond it.
    if (TERRAIN_RULES[terrainAt(state, x, y)].blocksSight) break;
  }
  return tiles;
}

function coneTiles(state: GameState, from: Pos, to: Pos, depth: number): Pos[] {
  const dir = { x: to.x - from.x, y: to.y - from.y };
  const dirLength = Math.hypot(dir.x, dir.y) || 1;
  const tiles: Pos[] = [];
  for (let y = from.y - depth; y <= from.y + depth; y++) {
    for (let x = from.x - depth; x <= from.x + depth; x++) {
      const v = { x: x - from.x, y: y - from.y };
      if ((v.x === 0 && v.y === 0) || !inBounds(state, x, y)) continue;
      const cos = (v.x * dir.x + v.y * dir.y) / (Math.hypot(v.x, v.y) * dirLength);
      if (cos >= Math.SQRT1_2 - 1e-9 && hasLineOfSight(state, from, { x, y })) tiles.push({ x, y });
    }
  }
  return tiles;
}

function squareTiles(state: GameState, centre: Pos, radius: number, skipCentre: boolean): Pos[] {
  const tiles: Pos[] = [];
  for (let y = centre.y - radius; y <= centre.y + radius; y++) {
    for (let x = centre.x - radius; x <= centre.x + radius; x++) {
      if (skipCentre && x === centre.x && y === centre.y) continue;
      if (inBounds(state, x, y)) tiles.push({ x, y });
    }
  }
  return tiles;
}

/** The chain: the target, then the nearest not-yet-struck unit of the same standing to the caster. */
function chainUnits(state: GameState, caster: Unit, ability: AbilityDef, first: Unit): Unit[] {
  const hops = ability.area?.chain ?? 2;
  const reach = ability.area?.chainRange ?? 3;
  const standing = (u: Unit) => (u.side === caster.side ? 'ally' : isHostile(state, caster.side, u.side) ? 'enemy' : 'neutral');
  const kind = standing(first);
  const chain = [first];
  for (let i = 0; i < hops; i++) {
    const last = chain[chain.length - 1];
    const next = standingUnits(state)
      .filter((u) => u !== caster && !chain.includes(u))
      // The chain only jumps between units that stand to the caster as the first one does.
      .filter((u) => standing(u) === kind)
      .filter((u) => chebyshev(last, u) <= reach && visibleTo(caster, u, state))
      .sort((a, b) => chebyshev(last, a) - chebyshev(last, b) || (a.id < b.id ? -1 : 1))[0];
    if (!next) break;
    chain.push(next);
  }
  return chain;
}

/** Tiles the ability touches when aimed at `at`. */
export function abilityTiles(state: GameState, caster: Unit, ability: AbilityDef, at: Pos): Pos[] {
  const area = ability.area ?? { shape: 'single' };
  switch (area.shape) {
    case 'single':
      return [{ x: at.x, y: at.y }];
    case 'line':
      return lineTiles(state, caster, at, area.size ?? ability.range ?? 1);
    case 'cone':
      return coneTiles(state, caster, at, area.size ?? ability.range ?? 1);
    case 'blast':
      return squareTiles(state, at, area.size ?? 1, false);
    case 'adjacent':
      return squareTiles(state, caster, 1, true);
    case 'chain': {
      const first = unitAt(state, at.x, at.y);
      return first ? chainUnits(state, caster, ability, first).map((u) => ({ x: u.x, y: u.y })) : [];
    }
  }
}

/** Units the ability affects, in the order its effects reach them. */
export function affectedUnits(state: GameState, caster: Unit, ability: AbilityDef, at: Pos, tiles: Pos[]): Unit[] {
  const shape = ability.area?.shape ?? 'single';
  if (shape === 'single') {
    if (ability.target === 'self') return [caster];
    const unit = unitAt(state, at.x, at.y);
    return unit && unit !== caster ? [unit] : [];
  }
  const units = tiles.map((t) => unitAt(state, t.x, t.y)).filter((u): u is Unit => !!u);
  if (shape === 'chain') return units;
  if (ability.target === 'ally') return units.filter((u) => u.side === caster.side);
  return units.filter((u) => u !== caster && (ability.friendlyFire || u.side !== caster.side));
}
