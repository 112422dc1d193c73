// Hard: policy improvement by play-outs. The planner's best few options for a unit are each
// played out on copies of the state: the option, then the rest of the side's turn as the planner
// would play it (exactly, without normal's misjudging), with the AI's own dice. Each finished
// turn is judged as a whole (material, objectives, where every unit of the side ends up and how exposed it is), and the
// option whose turns are worth most is played. Every option meets the same dice (sample k uses
// the same stream for all), so two options are told apart by what they do, not by luck.
import { applyActionInPlace, cloneState, coverAgainst, isHostile, unitById, unitTypeOf, type Action, type GameState, type Unit } from '../engine';
import { evaluateState, hostileMaterial } from './evaluate';
import { placementValue } from './position-value';
import { imaginedRngState } from './random-stream';
import { behavioursOf, sideSettings } from './settings';
import { threatGrid, type ThreatGrid } from './threats';
import { TurnMemory } from './turn-memory';
import { materialSign, uploadHost, unitWorth } from './unit-worth';
import { carriesObjectiveItem, type PlanContext, type UnitPlan } from './unit-plan';

export interface SearchBudget {
  /** Imagined actions it may still play (each action of each play-out counts one). */
  nodes: number;
  outOfTime(): boolean;
}

/** How a play-out goes on: the normal policy, given a copy and a memory of its own. */
export interface PlayOutPolicy {
  choose(state: GameState, memory: TurnMemory): Action;
  memory: TurnMemory;
  /** The AI's seed (game seed and player seed), for its imagined dice. */
  seed: string;
}

/** The planner's best options played out, and besides them its best of each other kind. */
const TOP = 2;
const OTHER_KINDS = 1;
const SAMPLES = 2;
/** Units of the side played out after the acting one before the turn is judged. */
const LATER_UNITS = 0;
/** Units of each other side that reply before the position is judged. */
const REPLY_UNITS = 1;
/** Sides played in the reply (the heroes' friends and enemies may both move before the side again). */
const MAX_REPLY_SIDES = 3;
/** evaluateState counts 0.6 of a wound's share of worth; the planner counts it whole. */
const STRIKE_WEIGHT = 0.67;
/** The enemy's expected reply, as a share of it (0.5 + caution scales it as the scenario asks). */
const REPLY_WEIGHT = 0.6;
/** How much better (in evaluateState's units) a played-out option must be to overrule the planner. */
const PLANNER_TRUST = 40;
/** A guard against a policy that never ends its part of the turn. */
const MAX_STEPS = 24;

/**
 * The option whose played-out turn is worth most; the planner's first choice unless another is
 * better by PLANNER_TRUST (a play-out is a sample of a few futures, the planner's judgement is
 * steadier), so with no budget hard plays as its planner does. Undefined when the planner has no
 * option worth more than standing still. Standing still is not played out: its play-outs misled
 * more than they helped (normal heroes won 8 of 16 Tower games against hard Ultron with them,
 * 4 of 32 without).
 */
export function lookAhead(
  state: GameState, unit: Unit, plan: UnitPlan, ctx: PlanContext, budget: SearchBudget, policy: PlayOutPolicy,
): Action | undefined {
  const options = candidatesOf(plan);
  if (options.length === 0) return undefined;
  if (budget.nodes <= 0 || budget.outOfTime()) return options[0];
  const threats = new Map<string, ThreatGrid>();
  const root = hostileMaterial(state, ctx.side);
  let best = options[0];
  let bestScore = -Infinity;
  for (const candidate of options) {
    if (budget.nodes <= 0 || budget.outOfTime()) break;
    let total = 0;
    for (let sample = 0; sample < SAMPLES; sample++) {
      total += playOut(state, unit.id, candidate, ctx, budget, policy, threats, sample, root);
    }
    // The planner's own choice keeps its place unless a play-out shows another clearly better.
    const score = total / SAMPLES + (candidate === options[0] ? PLANNER_TRUST : 0);
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

/**
 * The planner's best few, and its best option of another kind (another ability, or a move): its
 * scores are estimates, and the option they underrate most is often a different kind of action
 * (a cage that makes a knock-out possible, a step back instead of a strike).
 */
function candidatesOf(plan: UnitPlan): Action[] {
  const chosen = plan.options.slice(0, TOP).map((o) => o.action);
  const kindOf = (a: Action) => (a.type === 'ability' ? `ability:${a.ability}` : a.type);
  const kinds = new Set(chosen.map(kindOf));
  let extra = 0;
  for (const option of plan.options.slice(TOP)) {
    if (extra >= OTHER_KINDS) break;
    if (kinds.has(kindOf(option.action))) continue;
    kinds.add(kindOf(option.action));
    chosen.push(option.action);
    extra += 1;
  }
  return chosen;
}

function playOut(
  state: GameState, unitId: string, candidate: Action, ctx: PlanContext, budget: SearchBudget,
  policy: PlayOutPolicy, threats: Map<string, ThreatGrid>, sample: number, root: number,
): number {
  const copy = cloneState(state);
  copy.rng = imaginedRngState(policy.seed, state.actionCount, 'hard', sample + 1);
  const memory = policy.memory.fork(threats);
  budget.nodes -= 1;
  if (!applyActionInPlace(copy, candidate).ok) return -Infinity;
  playUnits(copy, memory, policy, budget, LATER_UNITS + 1, new Set([unitId]));
  if (copy.result || budget.nodes <= 0) return judge(copy, ctx, memory, root, new Set());
  // The other sides' reply: the turn ends here (the side's later units are judged where they
  // stand), and each other side's nearest few units act as normal would, up to the side's next turn.
  const acted = new Set<string>();
  budget.nodes -= 1;
  applyActionInPlace(copy, { type: 'endTurn' });
  for (let sides = 0; sides < MAX_REPLY_SIDES && !copy.result && copy.side !== ctx.side; sides++) {
    // Friendly sides (the civilians the heroes protect) are left where they stand: only enemies reply.
    if (isHostile(copy, ctx.side, copy.side)) {
      const other = new TurnMemory();
      other.shareThreats(threats);
      playUnits(copy, other, policy, budget, REPLY_UNITS, acted);
    }
    if (copy.result) break;
    budget.nodes -= 1;
    applyActionInPlace(copy, { type: 'endTurn' });
  }
  return judge(copy, ctx, memory, root, acted);
}

/** The side to move plays on with the policy until `units` units have acted (`started` counts them). */
function playUnits(copy: GameState, memory: TurnMemory, policy: PlayOutPolicy, budget: SearchBudget, units: number, started: Set<string>) {
  const side = copy.side;
  const limit = started.size + units;
  for (let step = 0; step < MAX_STEPS && !copy.result && copy.side === side; step++) {
    const action = policy.choose(copy, memory);
    if (action.type === 'endTurn') return;
    if (!started.has(action.unit)) {
      if (started.size >= limit) return;
      started.add(action.unit);
    }
    budget.nodes -= 1;
    if (!applyActionInPlace(copy, action).ok) return;
  }
}

/** The played-out position for the side: the state itself, and where each of its units stands. */
function judge(state: GameState, ctx: PlanContext, memory: TurnMemory, root: number, acted: Set<string>): number {
  let score = evaluateState(state, ctx.side, ctx.fields);
  if (state.result) return score;
  // The planner prices harm done as its share of the target's worth, scaled by aggression; the
  // state counts only part of a wound (a hurt unit still fights). Without this the play-outs
  // would weigh a strike below the planner's caution, and hard would play more timidly than normal.
  score += (0.5 + ctx.aggression) * STRIKE_WEIGHT * (root - hostileMaterial(state, ctx.side));
  // Placement without the planner's danger term: it adds every enemy's reach on every tile, as if
  // each enemy could strike every unit; the reply below lets each enemy strike once.
  const placed = { ...ctx, threat: null };
  const settings = sideSettings(state, ctx.side);
  for (const unit of state.units) {
    if (unit.out !== null || unit.side !== ctx.side || unitTypeOf(state, unit).structure) continue;
    const orders = carriesObjectiveItem(state, unit) ? [] : behavioursOf(state, settings, unit);
    score += placementValue(state, unit, orders, placed);
  }
  const threat = state.side === ctx.side ? memory.threatFor(state) : threatGrid(state, ctx.side, { lineOfSight: false });
  return score - REPLY_WEIGHT * (0.5 + ctx.caution) * enemyReply(state, ctx.side, threat, acted);
}

/**
 * What the enemy's next turn is likely to cost the side: each enemy (and each marked charge)
 * strikes once, at the unit of the side (or of a friendly side) where its blow is worth most,
 * softened by cover and armour. Read from the threat map, so walls of bodies are not seen.
 */
function enemyReply(state: GameState, side: string, threat: ThreatGrid, acted: Set<string>): number {
  let total = 0;
  for (const [id, layer] of threat.perUnit) {
    if (acted.has(id)) continue; // it has had its say in the play-out
    const enemy = unitById(state, id.replace(/#charge$/, ''));
    if (!enemy || enemy.out !== null) continue;
    let best = 0;
    for (const unit of state.units) {
      if (unit.out !== null || isHostile(state, side, unit.side)) continue;
      const reach = layer[unit.y * threat.width + unit.x];
      if (reach <= 0) continue;
      const type = unitTypeOf(state, unit);
      const exposure = Math.max(0.3, 1 - 1.5 * (coverAgainst(state, enemy, unit) / 100));
      const expected = 0.6 * reach * exposure - type.armour;
      if (expected <= 0) continue;
      const share = Math.min(1, expected / Math.max(1, unit.hp));
      const spare = type.upload && uploadHost(state, unit) ? 0.4 : 1;
      const blow = materialSign(state, side, unit.side) * share * unitWorth(state, unit) * spare;
      if (blow > best) best = blow;
    }
    total += best;
  }
  return total;
}
