// Hard: the normal planner's best few options for a unit, each played out on copies with the AI's
// own dice (a miss is possible, a kill opens the way), followed by the unit's own next step, and
// judged with what the rest of the side could still do from there and what the enemy could do back.
import {
  abilityTargets, applyActionInPlace, cloneState, standingUnits, unitById, unitTypeOf,
  type Action, type GameState, type Unit,
} from '../engine';
import { abilityValue } from './action-value';
import { evaluateState } from './evaluate';
import { imaginedRngState } from './random-stream';
import { behavioursOf, sideSettings } from './settings';
import { planUnit, type PlanContext, type UnitPlan } from './unit-plan';
import { uploadHost, unitWorth } from './unit-worth';

export interface SearchBudget {
  /** Imagined positions it may still play out. */
  nodes: number;
  outOfTime(): boolean;
}

const CANDIDATES = 3;
const SAMPLES = 2;
const HELPERS = 5;
/** How much the look ahead counts beside the planner's own score. */
const LOOK_WEIGHT = 0.7;

/**
 * The option worth most after looking ahead, or undefined to stay put. Each option keeps the
 * normal planner's score (where the unit stands, its orders) and adds how much the played-out
 * position, with what the side can still do, beats the position now.
 */
export function lookAhead(state: GameState, unit: Unit, plan: UnitPlan, ctx: PlanContext, budget: SearchBudget): Action | undefined {
  const candidates = plan.options.slice(0, CANDIDATES);
  if (candidates.length === 0 || budget.nodes <= 0) return candidates[0]?.action;
  const now = outlook(state, ctx, unit.id);
  let best: Action | undefined;
  let bestScore = plan.stay + 0.5;
  for (const [rank, candidate] of candidates.entries()) {
    if (budget.nodes <= 0 || budget.outOfTime()) return best ?? candidates[0].action;
    let total = 0;
    for (let sample = 0; sample < SAMPLES; sample++) {
      budget.nodes -= 1;
      total += playOut(state, unit.id, candidate.action, ctx, sample + rank * SAMPLES);
    }
    const score = candidate.score + LOOK_WEIGHT * (total / SAMPLES - now);
    if (score > bestScore) {
      bestScore = score;
      best = candidate.action;
    }
  }
  return best;
}

function playOut(state: GameState, unitId: string, action: Action, ctx: PlanContext, sample: number): number {
  const copy = cloneState(state);
  copy.rng = imaginedRngState(copy.seed, state.actionCount, 'hard', sample + 1);
  if (!applyActionInPlace(copy, action).ok) return -Infinity;
  const unit = unitById(copy, unitId);
  if (!copy.result && unit && unit.out === null && unit.ap > 0 && copy.side === state.side) {
    const orders = behavioursOf(copy, sideSettings(copy, copy.side), unit);
    const next = planUnit(copy, unitId, orders, { ...ctx, imaginedRng: imaginedRngState(copy.seed, copy.actionCount, 'hard', 0) });
    const follow = next.options[0]?.action;
    if (follow) applyActionInPlace(copy, follow);
  }
  return outlook(copy, ctx, unitId);
}

/** The position, plus half of what the side's other ready units could add, less the enemy's reply. */
function outlook(state: GameState, ctx: PlanContext, acting: string): number {
  let score = evaluateState(state, ctx.side, ctx.fields);
  if (state.result) return score;
  const helpers = standingUnits(state)
    .filter((u) => u.side === ctx.side && u.id !== acting && u.ap > 0 && !unitTypeOf(state, u).structure)
    .slice(0, HELPERS);
  for (const helper of helpers) score += 0.5 * bestStrike(state, helper, ctx);
  return score - sideDanger(state, ctx);
}

function bestStrike(state: GameState, unit: Unit, ctx: PlanContext): number {
  let best = 0;
  for (const ability of unitTypeOf(state, unit).abilities) {
    if (ability.target !== 'enemy' || (unit.cooldowns[ability.id] ?? 0) > 0 || (ability.ap ?? 1) > unit.ap) continue;
    for (const target of abilityTargets(state, unit.id, ability.id)) {
      const value = abilityValue(state, { type: 'ability', unit: unit.id, ability: ability.id, target }, ctx, true);
      if (value !== null && value > best) best = value;
    }
  }
  return best;
}

/** What the enemy's next turn threatens against the side's units, from the turn's threat map. */
function sideDanger(state: GameState, ctx: PlanContext): number {
  const threat = ctx.threat;
  if (!threat) return 0;
  const standing = new Set(standingUnits(state).map((u) => u.id));
  let danger = 0;
  for (const unit of state.units) {
    if (unit.out !== null || unit.side !== ctx.side) continue;
    const index = unit.y * threat.width + unit.x;
    let total = 0;
    for (const [id, layer] of threat.perUnit) if (standing.has(id.replace(/#charge$/, ''))) total += layer[index];
    if (total <= 0) continue;
    const type = unitTypeOf(state, unit);
    const share = Math.min(1, Math.max(0, 0.5 * total - type.armour) / Math.max(1, unit.hp));
    danger += ctx.caution * share * unitWorth(state, unit) * (type.upload && uploadHost(state, unit) ? 0.4 : 1);
  }
  return danger;
}
