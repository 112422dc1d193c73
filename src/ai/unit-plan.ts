// One unit's best next action: stand and use an ability, move (and then use the best ability from
// there, when action points remain), or stay put. Each option is priced on one scratch copy of the
// state by moving the unit about in it, without re-running the rules for every tile.
import {
  abilityTargets, applyActionInPlace, chebyshev, cloneState, hitChance, isHostile, legalActions, standingUnits, unitAt, unitById, unitTypeOf,
  type Action, type AiBehaviour, type GameState, type Pos, type Unit,
} from '../engine';
import { abilityValue, type ValueContext } from './action-value';
import { objectiveTerms } from './evaluate';
import { imaginedRngState } from './random-stream';
import { hostileFighters, positionValue, type PositionContext } from './position-value';

export type PlanContext = ValueContext & PositionContext & {
  /** Easy: a few tiles at random, and noise on every score. */
  sloppy?: { random: () => number; tiles: number; noise: number };
};

export interface Option {
  action: Action;
  score: number;
}

export interface UnitPlan {
  /** Every option worth more than staying put, best first. */
  options: Option[];
  stay: number;
}

/** Abilities aimed at units are cheap to list; tile-aimed ones are tried only where the unit stands. */
const AIMS_AT_UNITS = new Set(['enemy', 'ally', 'unit', 'self', 'item']);

export function planUnit(state: GameState, unitId: string, givenOrders: AiBehaviour[], ctx: PlanContext): UnitPlan {
  const scratch = cloneState(state);
  const unit = unitById(scratch, unitId)!;
  // A unit carrying what an objective asks to be carried has one order left: carry it.
  const orders = carriesObjectiveItem(state, unit) ? [] : givenOrders;
  const home: Pos = { x: unit.x, y: unit.y };
  const stay = positionValue(scratch, unit, orders, ctx);
  const options: Option[] = [];
  const actions = legalActions(state, unitId);
  for (const action of actions) {
    if (action.type !== 'ability') continue;
    const value = abilityValue(scratch, action, ctx);
    if (value === null) continue;
    options.push({ action, score: stay + value + followUpValue(scratch, action, ctx) + noise(ctx) });
  }
  const apAfterMove = unit.ap - 1;
  const strikeReach = maxStrikeReach(scratch, unit);
  const enemies = standingUnits(scratch).filter((u) => isHostile(scratch, unit.side, u.side));
  const homeValue = { at: home, terms: objectiveTerms(scratch, ctx.side, ctx.fields), enemies: hostileFighters(scratch, unit) };
  const strikes: StrikeCache = new Map();
  for (const to of destinations(actions, ctx)) {
    unit.x = to.x;
    unit.y = to.y;
    let score = positionValue(scratch, unit, orders, ctx, homeValue);
    if (apAfterMove > 0 && enemies.some((e) => chebyshev(e, to) <= strikeReach)) {
      const ap = unit.ap;
      unit.ap = apAfterMove;
      score += Math.max(0, bestAbilityFrom(scratch, unit, ctx, strikes));
      unit.ap = ap;
    }
    options.push({ action: { type: 'move', unit: unitId, to }, score: score + noise(ctx) });
  }
  unit.x = home.x;
  unit.y = home.y;
  // A small margin keeps units from shuffling about for nothing.
  const worthIt = options.filter((o) => o.score > stay + 0.5).sort(byScore);
  return { options: worthIt, stay };
}

export function carriesObjectiveItem(state: GameState, unit: Unit): boolean {
  return unit.carrying !== null && state.scenario.objectives.some(
    (o) => o.type === 'carryItem' && o.item === unit.carrying && state.objectives[o.id]?.status === 'active',
  );
}

const byScore = (a: Option, b: Option) => b.score - a.score;

function noise(ctx: PlanContext): number {
  return ctx.sloppy ? (ctx.sloppy.random() - 0.5) * ctx.sloppy.noise : 0;
}

function destinations(actions: Action[], ctx: PlanContext): Pos[] {
  const tiles = actions.flatMap((a) => (a.type === 'move' ? [a.to] : []));
  if (!ctx.sloppy || tiles.length <= ctx.sloppy.tiles) return tiles;
  const picked: Pos[] = [];
  const pool = [...tiles];
  while (picked.length < ctx.sloppy.tiles) picked.push(pool.splice(Math.floor(ctx.sloppy.random() * pool.length), 1)[0]);
  return picked;
}

/** Imagined rolls averaged when pricing what an ability that leaves the turn open makes possible. */
const FOLLOW_UP_SAMPLES = 3;

/**
 * An ability that does not end the turn (the Restraint cage, a leap) is worth what the unit can
 * do next with its remaining points: a stunned Hulk can be knocked out at once. Played out on
 * copies with the AI's own dice, so a miss (nothing follows) counts as often as it would happen.
 */
function followUpValue(scratch: GameState, action: Action & { type: 'ability' }, ctx: PlanContext): number {
  const caster = unitById(scratch, action.unit)!;
  const ability = unitTypeOf(scratch, caster).abilities.find((a) => a.id === action.ability);
  if (!ability || ability.endsTurn !== false || caster.ap - (ability.ap ?? 1) <= 0) return 0;
  let total = 0;
  for (let sample = 0; sample < FOLLOW_UP_SAMPLES; sample++) {
    const copy = cloneState(scratch);
    copy.rng = imaginedRngState(`${scratch.seed}\u0000follow`, scratch.actionCount, action.ability, sample);
    if (!applyActionInPlace(copy, action).ok || copy.result) continue;
    const after = unitById(copy, action.unit);
    if (after && after.out === null && after.ap > 0) total += bestAbilityFrom(copy, after, ctx, new Map());
  }
  return (0.8 * total) / FOLLOW_UP_SAMPLES;
}

/** How far the unit's unit-aimed abilities reach, areas included (any unit: allies can be helped too). */
function maxStrikeReach(state: GameState, unit: Unit): number {
  let reach = 0;
  for (const a of unitTypeOf(state, unit).abilities) {
    if (!AIMS_AT_UNITS.has(a.target)) continue;
    const area = a.area?.shape === 'blast' ? a.area.size ?? 1 : a.area?.shape === 'chain' ? (a.area.chainRange ?? 3) * (a.area.chain ?? 2) : 0;
    reach = Math.max(reach, (a.target === 'self' ? 1 : a.range ?? 1) + area);
  }
  return reach;
}

/**
 * Strikes already priced during this plan. A strike's worth depends on where it comes from only
 * through the hit chance (cover faced, height) when its area does not hang on the caster's tile.
 */
type StrikeCache = Map<string, number | null>;
const FROM_ANYWHERE = new Set(['single', 'blast', 'chain']);

/** The best ability the unit could use from where it stands in the scratch state (0 if none helps). */
function bestAbilityFrom(scratch: GameState, unit: Unit, ctx: PlanContext, strikes: StrikeCache): number {
  let best = 0;
  for (const ability of unitTypeOf(scratch, unit).abilities) {
    if (!AIMS_AT_UNITS.has(ability.target)) continue;
    if ((unit.cooldowns[ability.id] ?? 0) > 0 || (ability.ap ?? 1) > unit.ap) continue;
    const cacheable = ability.target !== 'self' && FROM_ANYWHERE.has(ability.area?.shape ?? 'single');
    for (const target of abilityTargets(scratch, unit.id, ability.id)) {
      const action = { type: 'ability' as const, unit: unit.id, ability: ability.id, target };
      let value: number | null;
      if (cacheable) {
        const victim = unitAt(scratch, target.x, target.y);
        const key = `${ability.id}|${target.x},${target.y}|${victim ? hitChance(scratch, unit, ability, victim) : 100}`;
        value = strikes.get(key) ?? null;
        if (!strikes.has(key)) strikes.set(key, (value = abilityValue(scratch, action, ctx, true)));
      } else {
        value = abilityValue(scratch, action, ctx, true);
      }
      if (value !== null && value > best) best = value;
    }
  }
  return best;
}
