// Where a unit should stand: the whole position's worth (objectives read unit positions: carriers,
// evacuees, intruders on the drill), plus the unit's orders from the scenario (guard, patrol, hunt,
// goto, swarm, protect), closing on enemies as aggression asks, and staying out of reach as
// caution asks (cover and Ultron's spare bodies make a threatened tile less dangerous).
import {
  chebyshev, coverAgainst, isHostile, standingUnits, unitById, unitTypeOf,
  type AiBehaviour, type GameState, type Pos, type Unit,
} from '../engine';
import { travelTo, type FieldCache } from './distance-fields';
import { objectivesValue, objectivesValueAfterMove } from './evaluate';
import type { ThreatGrid } from './threats';
import { uploadHost, unitWorth } from './unit-worth';

export interface PositionContext {
  side: string;
  aggression: number;
  caution: number;
  fields: FieldCache;
  /** Enemy reach next turn; null at levels that do not look (easy). */
  threat: ThreatGrid | null;
}

/**
 * The position's worth with `unit` where it now stands (in a scratch copy of the state), less the
 * material, which a move does not change: compare it only with other places for the same unit.
 */
export function positionValue(
  state: GameState, unit: Unit, orders: AiBehaviour[], ctx: PositionContext, home?: { at: Pos; terms: number[]; enemies: Unit[] },
): number {
  const value = home
    ? objectivesValueAfterMove(state, ctx.side, ctx.fields, unit, home.at, home.terms)
    : objectivesValue(state, ctx.side, ctx.fields);
  return value + placementValue(state, unit, orders, ctx, home?.enemies);
}

/**
 * What positionValue adds to the objectives for one unit: its orders, closing on the enemy,
 * blocking uploads, less the danger where it stands. Hard judges a played-out turn with it.
 */
export function placementValue(state: GameState, unit: Unit, orders: AiBehaviour[], ctx: PositionContext, enemies?: Unit[]): number {
  let value = ordersValue(state, unit, orders, ctx);
  // Units with orders that say where to be follow them instead of drifting to the nearest enemy.
  if (!orders.some((o) => o.behaviour !== 'swarm')) {
    value += approachValue(state, unit, ctx, enemies ?? hostileFighters(state, unit));
  }
  value += blockerValue(state, unit, ctx);
  if (ctx.threat) value -= dangerValue(state, unit, ctx, ctx.threat);
  return value;
}

/**
 * A unit that stops uploads (Vision) belongs beside an enemy the side must destroy for good: within
 * its radius the body cannot jump to a sentry.
 */
function blockerValue(state: GameState, unit: Unit, ctx: PositionContext): number {
  const radius = unitTypeOf(state, unit).blocksUpload;
  if (radius === undefined) return 0;
  let best = 0;
  for (const enemy of standingUnits(state)) {
    if (!unitTypeOf(state, enemy).upload || !isHostile(state, unit.side, enemy.side) || !wanted(state, unit.side, enemy.id)) continue;
    best = Math.min(best, -6 * Math.max(0, travel(state, unit, enemy, ctx) - radius));
  }
  return best;
}

export function hostileFighters(state: GameState, unit: Unit): Unit[] {
  return standingUnits(state).filter((u) => isHostile(state, unit.side, u.side) && !unitTypeOf(state, u).structure);
}

/**
 * Closing on the nearest enemy worth fighting, so next turn's attack is possible. Walkers measure
 * the way round walls and chasms (the few nearest enemies only); flyers go straight.
 */
function approachValue(state: GameState, unit: Unit, ctx: PositionContext, enemies: Unit[]): number {
  const type = unitTypeOf(state, unit);
  const range = Math.max(1, ...type.abilities.map((a) => a.range ?? 1));
  if (!type.abilities.some((a) => a.effects.some((e) => e.type === 'damage'))) return 0;
  const ranked = enemies
    .map((enemy) => ({ enemy, pull: wanted(state, unit.side, enemy.id) ? 8 : 0 }))
    .map((e) => ({ ...e, straight: Math.max(0, chebyshev(unit, e.enemy) - range) - e.pull }))
    .sort((a, b) => a.straight - b.straight)
    .slice(0, type.flying || type.phasing ? 1 : 3);
  let nearest = 40;
  for (const { enemy, pull, straight } of ranked) {
    const gap = type.flying || type.phasing ? straight : Math.max(0, travel(state, unit, enemy, ctx) - range) - pull;
    nearest = Math.min(nearest, gap);
  }
  return -(0.6 + ctx.aggression) * 1.5 * nearest;
}

function travel(state: GameState, unit: Unit, other: Unit, ctx: PositionContext): number {
  return travelTo(state, ctx.fields, unit, other);
}

/** Is this unit the target of an active defeatUnit objective of the side (or a friendly side)? */
function wanted(state: GameState, side: string, unitId: string): boolean {
  return state.scenario.objectives.some((o) =>
    o.type === 'defeatUnit' && o.unit === unitId && state.objectives[o.id]?.status === 'active' &&
    !isHostile(state, side, o.side ?? state.scenario.sides[0].id));
}

/** What standing off its post costs a guard at all, before the tiles it strays. */
const GUARD_POST = 20;

function ordersValue(state: GameState, unit: Unit, orders: AiBehaviour[], ctx: PositionContext): number {
  let value = 0;
  for (const order of orders) value += orderValue(state, unit, order, ctx);
  return value;
}

function orderValue(state: GameState, unit: Unit, order: AiBehaviour, ctx: PositionContext): number {
  switch (order.behaviour) {
    case 'guard': {
      // A post is a firm order: a step off it costs more than any misjudging (normal's) or a
      // slightly better shot elsewhere is worth.
      const off = order.area ? Math.min(ctx.fields.distanceToArea(state, unit, order.area, unit), 30) : 0;
      return off > 0 ? -GUARD_POST - 8 * off : 0;
    }
    case 'goto':
      return order.area ? -4 * Math.min(ctx.fields.distanceToArea(state, unit, order.area, unit), 60) : 0;
    case 'patrol': {
      const route = order.route ?? [];
      if (route.length === 0) return 0;
      const waypoint = route[state.turn % route.length];
      return -3 * Math.min(ctx.fields.distanceToTile(state, unit, waypoint, unit), 60);
    }
    case 'hunt': {
      const prey = order.target ? unitById(state, order.target) : undefined;
      return prey && prey.out === null ? -4 * travel(state, unit, prey, ctx) : 0;
    }
    case 'protect': {
      const ward = order.target ? unitById(state, order.target) : undefined;
      return ward && ward.out === null ? -16 * Math.max(0, travel(state, unit, ward, ctx) - 1) : 0;
    }
    case 'swarm': {
      let near = 0;
      for (const u of standingUnits(state)) if (u !== unit && u.side === unit.side && chebyshev(u, unit) <= 2) near += 1;
      return 2 * Math.min(near, 3);
    }
  }
}

/** Expected harm at the unit's tile next turn, as a share of its worth, softened by cover. */
function dangerValue(state: GameState, unit: Unit, ctx: PositionContext, threat: ThreatGrid): number {
  const index = unit.y * threat.width + unit.x;
  const total = threat.total[index];
  if (total <= 0) return 0;
  const type = unitTypeOf(state, unit);
  let coverShare = 0;
  let counted = 0;
  for (const [id, layer] of threat.perUnit) {
    if (layer[index] <= 0 || counted >= 3) continue;
    const enemy = unitById(state, id.replace(/#charge$/, ''));
    if (!enemy) continue;
    coverShare += coverAgainst(state, enemy, unit) / 100;
    counted += 1;
  }
  const exposure = counted ? Math.max(0.3, 1 - 1.5 * (coverShare / counted)) : 1;
  const expected = 0.6 * total * exposure - type.armour;
  if (expected <= 0) return 0;
  const share = Math.min(1, expected / Math.max(1, unit.hp));
  const spare = type.upload && uploadHost(state, unit) ? 0.4 : 1;
  return ctx.caution * 0.8 * share * unitWorth(state, unit) * spare;
}
