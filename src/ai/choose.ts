// Picking the next action for the side to move, at each level. Units act one at a time: a unit that
// has begun (spent some action points) finishes first; the others go nearest the enemy first.
import {
  canCapture, chebyshev, isHostile, legalActions, standingUnits, unitById, unitTypeOf, type Action, type GameState, type Unit,
} from '../engine';
import { isActive, objectiveOwner } from './unit-worth';
import { aiRandom, imaginedRngState } from './random-stream';
import { behavioursOf, sideSettings } from './settings';
import { TurnMemory } from './turn-memory';
import { planUnit, type PlanContext, type UnitPlan } from './unit-plan';
import { lookAhead, type SearchBudget } from './look-ahead';

export const AI_LEVELS = ['random', 'easy', 'normal', 'hard'] as const;
export type AiLevel = (typeof AI_LEVELS)[number];

export interface ChooseOptions {
  level: AiLevel;
  /** Mixed into the AI's own generator with the game's seed (default: the game's seed alone). */
  seed?: string;
  /**
   * Hard only: stop looking further once this much time has passed on `clock`. A time budget makes
   * the choice depend on the machine's speed; without one, the node budget alone keeps it repeatable.
   */
  budgetMs?: number;
  /** Milliseconds from any origin; the AI reads no clock of its own. */
  clock?: () => number;
  /** Hard only: imagined actions to play out per decision (default DEFAULT_NODES), the deterministic budget. */
  budgetNodes?: number;
}

/** Normal's misjudging (see SLOPPINESS), in the units of a plan's scores: up to ±30, about a solid blow. */
const NORMAL_NOISE = 60;

/** Hard's default budget: enough for its options' play-outs on the campaign's largest sides. */
const DEFAULT_NODES = 200;

export function isAiLevel(level: string): level is AiLevel {
  return (AI_LEVELS as readonly string[]).includes(level);
}

export function chooseAction(state: GameState, options: ChooseOptions, memory = new TurnMemory()): Action {
  if (!isAiLevel(options.level) && options.level !== PLANNER) throw new Error(`unknown AI level "${String(options.level)}" (known: ${AI_LEVELS.join(', ')})`);
  if (state.result) throw new Error('the battle is over: there is no action to choose');
  const seed = `${state.seed}\u0000${options.seed ?? ''}`;
  const random = aiRandom(seed, state.actionCount, options.level);
  if (options.level === 'random') {
    const actions = legalActions(state);
    return actions[Math.floor(random() * actions.length)];
  }
  memory.sync(state);
  const ctx = planContext(state, options.level, seed, random, memory);
  const budget = budgetOf(options); // one budget for the whole decision, however many units it asks
  for (const unit of actingOrder(state, memory, options.level)) {
    const orders = behavioursOf(state, sideSettings(state, state.side), unit);
    const plan = planUnit(state, unit.id, orders, ctx);
    // Hard weighs a unit's first step of its turn by playing it out; its follow-up (most often the
    // strike the step was for) is the planner's, which prices follow-ups itself.
    const choice = options.level === 'hard' && unit.ap === fullAp(state, unit) && canFight(state, unit) && inContact(state, unit)
      ? lookAhead(state, unit, plan, ctx, budget, { choose: plannerPolicy(options.seed), memory, seed })
      : plan.options[0]?.action;
    if (choice) return choice;
    memory.passed.add(unit.id);
  }
  return { type: 'endTurn' };
}

/**
 * Hard plays out only the options of units that can strike an enemy: a bystander's or a truck's
 * choice is where to walk, which the planner's objective terms already price, and playing out
 * every bystander's steps would cost as much as the whole fight.
 */
function canFight(state: GameState, unit: Unit): boolean {
  return unitTypeOf(state, unit).abilities.some((a) => a.effects.some((e) => e.type === 'damage' || e.type === 'status' || e.type === 'push'));
}

/**
 * Is an enemy near enough that this turn's step could matter to a fight: within what the unit can
 * cover and strike this turn plus what the enemy can cover and strike back? Far from any, the
 * planner's closing-in is all there is to weigh, and play-outs would only cost.
 */
function inContact(state: GameState, unit: Unit): boolean {
  const reach = (u: Unit) => {
    const type = unitTypeOf(state, u);
    return type.move * Math.max(1, type.ap - 1) + Math.max(1, ...type.abilities.map((a) => a.range ?? 1));
  };
  const mine = reach(unit);
  return standingUnits(state).some((e) => isHostile(state, state.side, e.side) && chebyshev(e, unit) <= mine + reach(e));
}

/**
 * How hard's play-outs go on: the planner at its sharpest (no misjudging, as `normal` has), with
 * the player's own seed. Internally the level 'planner'; players cannot pick it.
 */
function plannerPolicy(seed: string | undefined): (state: GameState, memory: TurnMemory) => Action {
  return (state, memory) => chooseAction(state, { level: PLANNER as AiLevel, seed }, memory);
}

/** Hard's own judgement without its look-ahead: what its play-outs assume each unit does. */
export const PLANNER = 'planner';

/**
 * How far each level's judgement is off (a score is off by up to half the noise): easy looks at a
 * few tiles only and misjudges a lot, normal sees every tile and misjudges by about a solid blow,
 * hard (and its play-outs) judges exactly.
 */
const SLOPPINESS: Partial<Record<string, { tiles: number; noise: number }>> = {
  easy: { tiles: 6, noise: 90 },
  normal: { tiles: Infinity, noise: NORMAL_NOISE },
};

function budgetOf(options: ChooseOptions): SearchBudget {
  const start = options.clock?.();
  const budgetMs = options.budgetMs;
  return {
    nodes: options.budgetNodes ?? DEFAULT_NODES,
    outOfTime: () => options.clock !== undefined && budgetMs !== undefined && options.clock() - start! > budgetMs,
  };
}

function planContext(state: GameState, level: AiLevel, seed: string, random: () => number, memory: TurnMemory): PlanContext {
  const settings = sideSettings(state, state.side);
  return {
    side: state.side,
    aggression: settings.aggression,
    caution: settings.caution,
    fields: memory.fields,
    threat: level === 'easy' ? null : memory.threatFor(state),
    imaginedRng: imaginedRngState(seed, state.actionCount, level, 0),
    sloppy: SLOPPINESS[level] ? { random, ...SLOPPINESS[level]! } : undefined,
  };
}

function fullAp(state: GameState, unit: Unit): number {
  return unitTypeOf(state, unit).ap;
}

/** Units that can still act, in the order they should: one already under way first. */
function actingOrder(state: GameState, memory: TurnMemory, level: string): Unit[] {
  const mine = standingUnits(state).filter(
    (u) => u.side === state.side && u.ap > 0 && !unitTypeOf(state, u).structure && !memory.passed.has(u.id),
  );
  const enemies = standingUnits(state).filter((u) => isHostile(state, state.side, u.side));
  const gap = (u: Unit) => Math.min(99, ...enemies.map((e) => chebyshev(u, e)));
  const started = (u: Unit) => (u.ap < fullAp(state, u) ? 0 : 1);
  // A bodyguard waits for its ward to move first, so it can follow.
  const settings = sideSettings(state, state.side);
  // Hard also holds back a captor until its prisoner is ready (captorWaits).
  const prisoners = level === 'hard' && mine.length > 1 ? prisonersToTake(state) : [];
  const waiting = (u: Unit) => {
    const ward = behavioursOf(state, settings, u).find((b) => b.behaviour === 'protect')?.target;
    if (ward !== undefined && mine.some((m) => m.id === ward && m.ap === fullAp(state, m))) return 1;
    return prisoners.length > 0 && captorWaits(state, u, prisoners) ? 1 : 0;
  };
  return mine
    .map((u) => ({ u, key: [started(u), waiting(u), gap(u)] }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || (a.u.id < b.u.id ? -1 : 1))
    .map((e) => e.u);
}

/** The units standing that the side to move must take prisoner (an active objective of its own). */
function prisonersToTake(state: GameState): Unit[] {
  return state.scenario.objectives.flatMap((o) => {
    if (o.type !== 'defeatUnit' || o.how !== 'captured' || !isActive(state, o) || objectiveOwner(state, o) !== state.side) return [];
    const prisoner = unitById(state, o.unit);
    return prisoner && prisoner.out === null ? [prisoner] : [];
  });
}

/**
 * A unit that can take one of these prisoners, within a step of him while he is not yet ready to
 * be taken (too healthy, neither stunned nor hexed), waits for the rest of its side: their blows
 * may ready him, and then its own action points go to the step and the capture.
 */
function captorWaits(state: GameState, unit: Unit, prisoners: Unit[]): boolean {
  if (unit.ap < fullAp(state, unit)) return false;
  const type = unitTypeOf(state, unit);
  const captures = type.abilities.flatMap((a) => a.effects.flatMap((e) => (e.type === 'capture' ? [e.maxHpPercent] : [])));
  return captures.length > 0 && prisoners.some((prisoner) =>
    chebyshev(prisoner, unit) <= type.move + 1 && !captures.some((percent) => canCapture(state, prisoner, percent)));
}

export type { UnitPlan };
