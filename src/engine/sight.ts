// Line of sight, cover and the chance to hit.
import { elevationAt, hasStatus, inBounds, terrainAt, unitTypeOf } from './board';
import { TERRAIN_RULES } from './terrain';
import type { AbilityDef, GameState, Pos, Unit } from './types';

const roundHalfUp = Math.round;
const roundHalfDown = (v: number): number => Math.ceil(v - 0.5);

function lineClear(state: GameState, from: Pos, to: Pos, ceiling: number, round: (v: number) => number): boolean {
  const steps = Math.max(Math.abs(to.x - from.x), Math.abs(to.y - from.y));
  for (let i = 1; i < steps; i++) {
    const x = round(from.x + ((to.x - from.x) * i) / steps);
    const y = round(from.y + ((to.y - from.y) * i) / steps);
    if (TERRAIN_RULES[terrainAt(state, x, y)].blocksSight) return false;
    if (elevationAt(state, x, y) > ceiling) return false;
  }
  return true;
}

/**
 * Sight runs between tile centres; a tile in between blocks it when its terrain blocks sight or it
 * stands higher than both ends. Where the line runs exactly between two tiles, either side clear is
 * enough: tracing with both tie-breaks keeps sight mutual and the same on a mirrored map.
 */
export function hasLineOfSight(state: GameState, from: Pos, to: Pos): boolean {
  const ceiling = Math.max(elevationAt(state, from.x, from.y), elevationAt(state, to.x, to.y));
  return lineClear(state, from, to, ceiling, roundHalfUp) || lineClear(state, from, to, ceiling, roundHalfDown);
}

/** Cover the target has against an attack from `from`: the best tile beside it on that side. */
export function coverAgainst(state: GameState, from: Pos, target: Unit): number {
  if (unitTypeOf(state, target).flying) return 0;
  const dx = Math.sign(from.x - target.x);
  const dy = Math.sign(from.y - target.y);
  let best = 0;
  const consider = (x: number, y: number) => {
    if (!inBounds(state, x, y) || (x === from.x && y === from.y)) return;
    best = Math.max(best, TERRAIN_RULES[terrainAt(state, x, y)].cover);
  };
  if (dx !== 0) consider(target.x + dx, target.y);
  if (dy !== 0) consider(target.x, target.y + dy);
  return best;
}

/** Percent chance (0..100) that the ability lands on the target. */
export function hitChance(state: GameState, attacker: Unit, ability: AbilityDef, target: Unit): number {
  if (ability.accuracy === undefined) return 100;
  const type = unitTypeOf(state, target);
  let chance = ability.accuracy - type.defence - coverAgainst(state, attacker, target);
  if (hasStatus(attacker, 'enraged')) chance += 10;
  if (hasStatus(target, 'hexed')) chance += 20;
  chance += 10 * (elevationAt(state, attacker.x, attacker.y) - elevationAt(state, target.x, target.y));
  return Math.max(0, Math.min(100, Math.round(chance)));
}
