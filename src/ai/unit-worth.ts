// How much a unit is worth, and how much its leaving the battle would mean to a side: its fighting
// value plus what the scenario's objectives hang on it (a unit to protect, to capture alive, a
// carrier, Ultron with or without a sentry to upload into).
import {
  chebyshev, isHostile, standingUnits, unitTypeOf, type GameState, type ObjectiveDef, type Unit,
} from '../engine';

/** What a met or failed primary objective is worth; optional ones count a third of it. */
export const OBJECTIVE_STAKE = 400;

export function objectiveOwner(state: GameState, objective: ObjectiveDef): string {
  return objective.side ?? state.scenario.sides[0].id;
}

/** +1: the side's own aim; -1: an enemy's; +0.5: a friendly side's (the civilians helping the heroes). */
export function relation(state: GameState, side: string, owner: string): number {
  if (side === owner) return 1;
  return isHostile(state, side, owner) ? -1 : 0.5;
}

export const objectiveWeight = (objective: ObjectiveDef): number => (objective.primary === false ? 1 / 3 : 1);

export function isActive(state: GameState, objective: ObjectiveDef): boolean {
  return state.objectives[objective.id]?.status === 'active';
}

/** Fighting value: sturdiness and punch. */
export function unitWorth(state: GameState, unit: Unit): number {
  const type = unitTypeOf(state, unit);
  if (type.structure) return 4 + type.hp / 2;
  let punch = 0;
  for (const ability of type.abilities) {
    let sum = 0;
    for (const e of ability.effects) if (e.type === 'damage') sum += (e.min + e.max) / 2;
    punch = Math.max(punch, sum);
  }
  return 10 + type.hp + 3 * punch + type.armour * 3;
}

/** Would the unit's mind survive its body's destruction right now (the engine's upload rule)? */
export function uploadHost(state: GameState, unit: Unit): Unit | null {
  const rule = unitTypeOf(state, unit).upload;
  if (!rule) return null;
  const standing = standingUnits(state);
  const blocked = standing.some((u) => {
    const radius = unitTypeOf(state, u).blocksUpload;
    return u !== unit && radius !== undefined && chebyshev(u, unit) <= radius;
  });
  if (blocked) return null;
  const hosts = standing
    .filter((u) => u !== unit && u.side === unit.side && rule.into.includes(u.type))
    .filter((u) => !rule.range || chebyshev(u, unit) <= rule.range)
    .sort((a, b) => chebyshev(a, unit) - chebyshev(b, unit) || (a.id < b.id ? -1 : 1));
  return hosts[0] ?? null;
}

/**
 * What `side` gains (positive) or loses (negative) if `unit` leaves the battle now, killed or
 * captured. Material counts for enemies as a gain, for its own and friendly sides as a loss.
 */
export function defeatStake(state: GameState, side: string, unit: Unit, captured: boolean): number {
  const host = uploadHost(state, unit);
  // The mind jumps: the side loses only the body it jumps into, and nothing hangs on the id.
  if (host) return -materialSign(state, side, unit.side) * unitWorth(state, host);
  let stake = -materialSign(state, side, unit.side) * unitWorth(state, unit);
  const tags = unitTypeOf(state, unit).tags;
  for (const objective of state.scenario.objectives) {
    if (!isActive(state, objective)) continue;
    const r = relation(state, side, objectiveOwner(state, objective)) * objectiveWeight(objective) * OBJECTIVE_STAKE;
    stake += r * objectiveShare(state, objective, unit, tags, captured);
  }
  return stake;
}

/** How far (−1..1) a unit's defeat moves one objective towards met (+) or failed (−). */
function objectiveShare(state: GameState, objective: ObjectiveDef, unit: Unit, tags: string[], captured: boolean): number {
  switch (objective.type) {
    case 'defeatUnit':
      if (objective.unit !== unit.id) return 0;
      if (objective.how === 'captured') return captured ? 1 : -1;
      if (objective.how === 'killed') return captured ? -1 : 1;
      return 1;
    case 'protectUnit':
      return objective.unit === unit.id ? -1 : 0;
    case 'limitLosses': {
      if (objective.tag === undefined || !tags.includes(objective.tag) || objective.maxUnits === undefined) return 0;
      const lost = state.stats.lostByTag[objective.tag] ?? 0;
      return lost + 1 > objective.maxUnits ? -1 : -0.25 / (objective.maxUnits - lost + 1);
    }
    case 'evacuate':
      return tags.includes(objective.tag) ? -0.5 / Math.max(1, objective.count) : 0;
    case 'defeatAll': {
      const sides = objective.sides;
      const owner = objectiveOwner(state, objective);
      return mustFall(state, owner, sides, unit) ? 0.5 / Math.max(1, remainingOf(state, owner, sides)) : 0;
    }
    default:
      return 0;
  }
}

/** Is the unit one a defeatAll objective of `owner` (over `sides`, or every enemy) asks to fall? */
export function mustFall(state: GameState, owner: string, sides: string[] | undefined, unit: Unit): boolean {
  return (sides ? sides.includes(unit.side) : isHostile(state, owner, unit.side)) && !unitTypeOf(state, unit).structure;
}

function remainingOf(state: GameState, owner: string, sides: string[] | undefined): number {
  return standingUnits(state).filter((u) => mustFall(state, owner, sides, u)).length;
}

/** +1 for the side's own units, +0.5 for friendly sides', −1 for enemies'. */
export function materialSign(state: GameState, side: string, other: string): number {
  if (side === other) return 1;
  return isHostile(state, side, other) ? -1 : 0.5;
}
