// Applying an action: check it against the rules, then change the state and report what happened.
// One implementation of the rules serves two paths: immer's (safe, shares structure) for the game,
// and in-place on a cloned state for the AI's search.
import { enableArrayMethods, Immer } from 'immer';
import { unitById, unitTypeOf } from './board';
import type { Ctx } from './context';
import { useAbility } from './abilities';
import { reachTo, type Reach } from './movement';
import { evaluateObjectives, objectivesUnsettled, onlyMoved } from './objectives';
import { abilityTiles, targetProblem } from './targeting';
import { newTriggerBudget, runTriggers, triggersPending } from './triggers';
import { endTurn } from './turns';
import { withStaticScenario } from './static-data';
import { arrive } from './units';
import type { AbilityDef, Action, ActionError, ApplyResult, GameEvent, GameState, Pos, Unit } from './types';

// Array methods (find, filter) on drafts read elements without drafting each one: the rules scan
// the unit list often, and drafting every unit on every scan made an action ~8x slower.
enableArrayMethods();

// The engine's own immer, without freezing: freezing each new state doubled the cost of an action
// (and frozen objects are slow to copy). States are still never changed in place: the engine only
// writes through drafts, and a property test checks that earlier states stay as they were. Tests
// and the game's development build switch freezing on with freezeStates(true), so a stray write to
// a state throws there.
const immer = new Immer({ autoFreeze: false });
const produce = immer.produce;

/** Freeze every new state (slower; for tests and development builds, to catch writes to a state). */
export function freezeStates(on: boolean): void {
  immer.setAutoFreeze(on);
}

const fail = (code: ActionError['code'], message: string): ActionError => ({ code, message });

function isPos(p: unknown): p is { x: number; y: number } {
  const v = p as { x?: unknown; y?: unknown } | null;
  return !!v && typeof v === 'object' && Number.isInteger(v.x) && Number.isInteger(v.y);
}

/** The acting unit, if it may act now. */
function actor(state: GameState, id: unknown): Unit | ActionError {
  if (typeof id !== 'string') return fail('malformed-action', 'the action names no unit');
  const unit = unitById(state, id);
  if (!unit) return fail('unknown-unit', `there is no unit '${id}'`);
  if (unit.out !== null) return fail('unit-out', `${unit.name} is out of the battle`);
  if (unit.side !== state.side) return fail('not-your-unit', `${unit.name} is not on the side whose turn it is`);
  if (unitTypeOf(state, unit).structure) return fail('cannot-act', `${unit.name} cannot act`);
  if (unit.ap <= 0) return fail('no-action-points', `${unit.name} has no action points left`);
  return unit;
}

export function findAbility(state: GameState, unit: Unit, id: string): AbilityDef | undefined {
  return unitTypeOf(state, unit).abilities.find((a) => a.id === id);
}

/**
 * What a legal action will do, worked out on the unchanged state: the path of a move, the tiles of
 * an ability. Computing it before the change keeps the heavy reads off immer's drafts.
 */
export type Plan =
  | { type: 'endTurn' }
  | { type: 'move'; unit: string; index: number; reach: Reach }
  | { type: 'ability'; unit: string; index: number; ability: AbilityDef; target: Pos; tiles: Pos[] };

/** The plan of a legal action, or why the action is illegal now. */
export function planAction(state: GameState, action: Action): Plan | ActionError {
  if (state.result) return fail('game-over', 'the battle is over');
  if (!action || typeof action !== 'object') return fail('malformed-action', 'an action must be an object');
  if (action.type === 'endTurn') return { type: 'endTurn' };
  if (action.type !== 'move' && action.type !== 'ability') return fail('malformed-action', `unknown action type '${String((action as { type?: unknown }).type)}'`);
  const unit = actor(state, action.unit);
  if (!('id' in unit)) return unit;
  if (action.type === 'move') {
    if (!isPos(action.to)) return fail('malformed-action', 'a move needs a tile { x, y }');
    const reach = reachTo(state, unit, action.to);
    return reach ? { type: 'move', unit: unit.id, index: state.units.indexOf(unit), reach } : fail('unreachable', `${unit.name} cannot reach (${action.to.x}, ${action.to.y}) this move`);
  }
  if (!isPos(action.target)) return fail('malformed-action', 'an ability needs a target tile { x, y }');
  const ability = findAbility(state, unit, action.ability);
  if (!ability) return fail('unknown-ability', `${unit.name} has no ability '${String(action.ability)}'`);
  if ((unit.cooldowns[ability.id] ?? 0) > 0) return fail('on-cooldown', `${ability.name} is ready in ${unit.cooldowns[ability.id]} turns`);
  if ((ability.ap ?? 1) > unit.ap) return fail('no-action-points', `${ability.name} needs ${ability.ap ?? 1} action points`);
  const problem = targetProblem(state, unit, ability, action.target);
  if (problem === null) {
    const target = { x: action.target.x, y: action.target.y };
    return { type: 'ability', unit: unit.id, index: state.units.indexOf(unit), ability, target, tiles: abilityTiles(state, unit, ability, target) };
  }
  const code = problem.startsWith('the target is ') && problem.includes('range') ? 'out-of-range'
    : problem === 'no line of sight' ? 'no-line-of-sight' : 'bad-target';
  return fail(code, `${ability.name}: ${problem}`);
}

const isError = (p: Plan | ActionError): p is ActionError => 'code' in p;

/** Why the action is illegal now, or null when it may be applied. */
export function checkAction(state: GameState, action: Action): ActionError | null {
  const plan = planAction(state, action);
  return isError(plan) ? plan : null;
}

function execute(ctx: Ctx, plan: Plan): void {
  const { state } = ctx;
  if (plan.type === 'endTurn') return endTurn(ctx);
  // Units are only ever appended, so the plan's index still names the unit (a direct read is far
  // cheaper than a search through an immer draft).
  const unit = state.units[plan.index];
  if (plan.type === 'move') {
    unit.ap -= 1;
    unit.x = plan.reach.to.x;
    unit.y = plan.reach.to.y;
    ctx.events.push({ type: 'moved', unit: unit.id, path: plan.reach.path });
    arrive(ctx, unit);
    return;
  }
  const { ability } = plan;
  unit.ap = ability.endsTurn === false ? unit.ap - (ability.ap ?? 1) : 0;
  if (ability.cooldown) unit.cooldowns[ability.id] = ability.cooldown + 1;
  useAbility(ctx, unit, ability, plan.target, plan.tiles);
}

/** Objectives and triggers react to what happened, until nothing new happens or the budget is spent. */
export function settle(ctx: Ctx): void {
  const budget = newTriggerBudget();
  const moved = onlyMoved(ctx.events);
  let scanned = 0;
  for (;;) {
    evaluateObjectives(ctx, scanned === 0 ? moved : null);
    if (scanned >= ctx.events.length) return;
    const before = ctx.events.length;
    scanned = runTriggers(ctx, scanned, budget);
    // No trigger fired: nothing changed since the objectives were judged.
    if (ctx.events.length === before) return;
  }
}

const REVEALING = new Set<GameEvent['type']>(['triggerFired', 'message', 'spawned', 'itemPickedUp', 'evacuated', 'objectiveChanged', 'gameOver']);

function isUndoable(plan: Plan, drawsBefore: number, drawsAfter: number, events: GameEvent[]): boolean {
  return plan.type === 'move' && drawsAfter === drawsBefore && !events.some((e) => REVEALING.has(e.type));
}

function run(state: GameState, plan: Plan): { events: GameEvent[]; undoable: boolean } {
  const ctx: Ctx = { state, events: [] };
  const draws = state.rngCalls;
  execute(ctx, plan);
  settle(ctx);
  state.actionCount += 1;
  return { events: ctx.events, undoable: isUndoable(plan, draws, state.rngCalls, ctx.events) };
}

/**
 * The game's path: returns a new state (the old one is untouched), or why the action is illegal.
 * Two steps, each an immer update: the action itself, then (only when the action changed
 * something they depend on) objectives and triggers. Whether they need to run is read from the
 * finished, plain state, so most actions never read objectives through immer's drafts. The outcome
 * is the fast path's: a property test holds the two to the same hashes.
 */
export function applyAction(state: GameState, action: Action): ApplyResult {
  const plan = planAction(state, action);
  if (isError(plan)) return { ok: false, error: plan };
  const events: GameEvent[] = [];
  let next = produce(withStaticScenario(state), (draft) => {
    execute({ state: draft as GameState, events }, plan);
    draft.actionCount += 1;
  });
  if (objectivesUnsettled(next, events) || triggersPending(next, events)) {
    next = produce(next, (draft) => settle({ state: draft as GameState, events }));
  }
  return { ok: true, state: next, events, undoable: isUndoable(plan, state.rngCalls, next.rngCalls, events) };
}

/** The AI's path: changes `state` itself (a cloneState copy), with no immer and no freezing. */
export function applyActionInPlace(state: GameState, action: Action): ApplyResult {
  const plan = planAction(state, action);
  if (isError(plan)) return { ok: false, error: plan };
  return { ok: true, state, ...run(state, plan) };
}
