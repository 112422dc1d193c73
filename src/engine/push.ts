// Pushes and pulls: units shoved tile by tile into walls, other units, or off ledges.
import { inBounds, terrainAt, unitAt, unitTypeOf } from './board';
import { emit, type Ctx } from './context';
import { TERRAIN_RULES } from './terrain';
import { arrive, dealDamage, defeat } from './units';
import type { GameState, Pos, Unit } from './types';

export interface PushOutcome {
  to: Pos;
  /** What stopped it: a unit id, 'terrain', 'edge', or null when it went the whole way. */
  blockedBy: string | null;
  lethal: boolean;
}

export const pushDirection = (from: Pos, unit: Pos): Pos => ({
  x: Math.sign(unit.x - from.x),
  y: Math.sign(unit.y - from.y),
});

/** Where a push would take the unit, without changing anything (used by previews too). */
export function tracePush(state: GameState, unit: Unit, dir: Pos, distance: number): PushOutcome {
  const type = unitTypeOf(state, unit);
  let at = { x: unit.x, y: unit.y };
  if (type.structure || (dir.x === 0 && dir.y === 0)) return { to: at, blockedBy: null, lethal: false };
  const step = distance < 0 ? { x: -dir.x, y: -dir.y } : dir;
  for (let i = 0; i < Math.abs(distance); i++) {
    const next = { x: at.x + step.x, y: at.y + step.y };
    if (!inBounds(state, next.x, next.y)) return { to: at, blockedBy: 'edge', lethal: false };
    const rule = TERRAIN_RULES[terrainAt(state, next.x, next.y)];
    const solid = type.flying ? rule.blocksFlyers : rule.cost === null && !rule.lethal;
    if (solid) return { to: at, blockedBy: 'terrain', lethal: false };
    const other = unitAt(state, next.x, next.y);
    if (other && other !== unit) return { to: at, blockedBy: other.id, lethal: false };
    at = next;
    if (rule.lethal && !type.flying) return { to: at, blockedBy: null, lethal: true };
  }
  return { to: at, blockedBy: null, lethal: false };
}

/** Pushes bump for 1 damage to the pushed unit and to the unit it hits; pulls just stop. */
export function pushUnit(ctx: Ctx, unit: Unit, dir: Pos, distance: number): void {
  if (unit.out !== null || distance === 0) return;
  const outcome = tracePush(ctx.state, unit, dir, distance);
  const from = { x: unit.x, y: unit.y };
  const moved = outcome.to.x !== from.x || outcome.to.y !== from.y;
  if (moved || outcome.blockedBy) {
    emit(ctx, { type: 'pushed', unit: unit.id, from, to: outcome.to, blockedBy: outcome.blockedBy });
  }
  unit.x = outcome.to.x;
  unit.y = outcome.to.y;
  if (outcome.lethal) {
    defeat(ctx, unit, 'fell');
    return;
  }
  if (outcome.blockedBy && distance > 0) {
    const other = outcome.blockedBy === 'terrain' || outcome.blockedBy === 'edge'
      ? undefined
      : ctx.state.units.find((u) => u.id === outcome.blockedBy);
    dealDamage(ctx, unit, 1);
    if (other) dealDamage(ctx, other, 1);
  }
  if (moved) arrive(ctx, unit);
}
