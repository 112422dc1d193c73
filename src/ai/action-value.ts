// What one ability use is worth to the acting side, read from the engine's preview: expected
// damage, the chance each target is defeated (pushes into chasms and captures included) and what
// that defeat means for the objectives, and statuses. Abilities whose worth is not damage (pick up
// the Cradle, spawn, heal, teleport) are played out on a copy with the AI's own dice instead.
import {
  applyActionInPlace, cloneState, isHostile, preview, unitById, unitTypeOf,
  type AbilityDef, type Action, type GameState, type StatusId, type TargetPreview, type Unit,
} from '../engine';
import { evaluateState, wearDownWorth } from './evaluate';
import type { FieldCache } from './distance-fields';
import {
  defeatStake, isActive, objectiveOwner, objectiveWeight, relation, unitWorth, uploadHost,
} from './unit-worth';

export interface ValueContext {
  side: string;
  aggression: number;
  fields: FieldCache;
  /** Generator state for imagined dice (see random-stream.ts). */
  imaginedRng: GameState['rng'];
}

const HARMFUL: ReadonlySet<StatusId> = new Set(['stunned', 'hexed', 'controlled']);
const HELPFUL_STATUS_WEIGHT = 0.08;
const HARMFUL_STATUS_WEIGHT: Record<string, number> = { stunned: 0.3, hexed: 0.35, controlled: 0.6 };
/** Effects a preview cannot price: the position is played out instead. */
const PLAYED_OUT = new Set(['pickup', 'drop', 'spawn', 'heal', 'dash', 'teleport', 'changeSide', 'transform', 'terrain', 'wreck', 'cleanse']);
/** The few still played out when only estimating what a unit could do after a move. */
const PLAYED_OUT_QUICK = new Set(['pickup', 'drop', 'changeSide']);

export function findAbilityDef(state: GameState, action: Action & { type: 'ability' }): AbilityDef | undefined {
  const unit = unitById(state, action.unit);
  return unit ? unitTypeOf(state, unit).abilities.find((a) => a.id === action.ability) : undefined;
}

/** The ability's worth to ctx.side, relative to not using it; null when it is not legal. */
export function abilityValue(state: GameState, action: Action & { type: 'ability' }, ctx: ValueContext, quick = false): number | null {
  const result = preview(state, action);
  if (!result.ok) return null;
  const ability = findAbilityDef(state, action)!;
  const captures = ability.effects.some((e) => e.type === 'capture');
  let value = 0;
  for (const target of result.preview.targets) value += targetValue(state, target, captures, ctx);
  const playedOut = quick ? PLAYED_OUT_QUICK : PLAYED_OUT;
  if (ability.effects.some((e) => playedOut.has(e.type))) value += playedOutValue(state, action, ctx);
  if (ability.charged) value *= 0.75; // it resolves next turn, if the caster still stands: less sure
  return value;
}

function targetValue(state: GameState, target: TargetPreview, captures: boolean, ctx: ValueContext): number {
  const unit = unitById(state, target.unit);
  if (!unit) return 0;
  const type = unitTypeOf(state, unit);
  const hostile = isHostile(state, ctx.side, unit.side);
  const sign = hostile ? 1 : -1;
  let value = 0;
  if (target.damage) {
    const mean = (target.damage.min + target.damage.max) / 2;
    const hp = unit.hp + (unit.statuses.find((s) => s.id === 'shielded')?.amount ?? 0);
    const dealt = target.hitChance * Math.min(mean, hp);
    value += sign * (dealt / Math.max(1, type.hp)) * unitWorth(state, unit);
    value += (dealt / Math.max(1, type.hp)) * wearDownStake(state, ctx.side, unit);
  }
  if (target.push?.blockedBy && !target.push.lethal) value += sign * target.hitChance * 1.5;
  if (target.defeatChance > 0) value += target.defeatChance * defeatStake(state, ctx.side, unit, captures);
  for (const status of target.statuses) {
    const worth = unitWorth(state, unit) * target.hitChance;
    const already = unit.statuses.some((s) => s.id === status);
    if (HARMFUL.has(status)) value += already ? 0 : sign * worth * (HARMFUL_STATUS_WEIGHT[status] ?? 0.2);
    else value += already ? 0 : -sign * worth * HELPFUL_STATUS_WEIGHT;
  }
  // Aggression scales what is done to enemies; harm to one's own side always counts in full.
  return value > 0 ? value * (0.5 + ctx.aggression) : value;
}

/**
 * What wearing a unit down is worth beyond its material, when an objective asks for its defeat:
 * evaluateState's progress term (wearDownWorth for a whole unit's health), less while its mind can jump
 * to another body (the wound is wasted if it does).
 */
function wearDownStake(state: GameState, side: string, unit: Unit): number {
  let stake = 0;
  for (const objective of state.scenario.objectives) {
    if (objective.type !== 'defeatUnit' || objective.unit !== unit.id || !isActive(state, objective)) continue;
    stake += relation(state, side, objectiveOwner(state, objective)) * objectiveWeight(objective) * wearDownWorth(state, unit);
  }
  return stake === 0 ? 0 : stake * (uploadHost(state, unit) ? 0.4 : 1);
}

/** The position after the ability, with the AI's dice, against the position before it. */
function playedOutValue(state: GameState, action: Action, ctx: ValueContext): number {
  const before = evaluateState(state, ctx.side, ctx.fields);
  const copy = cloneState(state);
  copy.rng = { ...ctx.imaginedRng };
  const applied = applyActionInPlace(copy, action);
  if (!applied.ok) return 0;
  // Damage is already priced from the preview; count the rest (items, bodies, terrain, sides).
  return evaluateState(copy, ctx.side, ctx.fields) - before - materialChange(state, copy, ctx.side);
}

function materialChange(before: GameState, after: GameState, side: string): number {
  let change = 0;
  for (const unit of after.units) {
    const old = unitById(before, unit.id);
    if (!old || old.out !== null || unit.out !== null) continue;
    const lost = old.hp - unit.hp;
    if (lost <= 0) continue;
    const sign = isHostile(after, side, unit.side) ? -1 : 1;
    change -= sign * (0.6 * lost * unitWorth(after, unit)) / Math.max(1, unitTypeOf(after, unit).hp);
  }
  return change;
}
