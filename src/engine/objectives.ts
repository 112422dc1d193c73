// Objectives are data the engine evaluates after every action and at the end of every round, so
// the objectives panel and the rules never disagree. Also decides when the battle is over.
import { inArea, isHostile, standingUnits, unitById, unitTypeOf } from './board';
import { emit, type Ctx } from './context';
import type { GameResult, GameState, ObjectiveDef, ObjectiveStatus } from './types';

export const ownerOf = (state: GameState, o: ObjectiveDef): string => o.side ?? state.scenario.sides[0].id;

/** Objectives that are met only when the battle is won (they guard against a loss). */
const GUARDS = new Set<ObjectiveDef['type']>(['protectUnit', 'denyArea', 'limitLosses']);

function hostileSides(state: GameState, side: string): string[] {
  return state.scenario.sides.filter((s) => isHostile(state, side, s.id)).map((s) => s.id);
}

/** Standing non-structures loyal to these sides: a unit under another side's control still counts for its own. */
function fighters(state: GameState, sides: string[]) {
  return standingUnits(state).filter((u) => sides.includes(u.baseSide) && !unitTypeOf(state, u).structure);
}

/** What the objective's status is now, judged from the state alone (turn-end ones aside). */
function judge(state: GameState, o: ObjectiveDef): ObjectiveStatus {
  const owner = ownerOf(state, o);
  switch (o.type) {
    case 'defeatAll':
      return fighters(state, o.sides ?? hostileSides(state, owner)).length === 0 ? 'met' : 'active';
    case 'defeatUnit': {
      const unit = unitById(state, o.unit);
      if (!unit || unit.out === null) return 'active';
      const how = o.how ?? 'any';
      const killed = unit.out === 'killed' || unit.out === 'fell';
      if (how === 'any') return killed || unit.out === 'captured' ? 'met' : 'failed';
      return (how === 'killed' ? killed : unit.out === 'captured') ? 'met' : 'failed';
    }
    case 'protectUnit': {
      const unit = unitById(state, o.unit);
      return unit && (unit.out === null || unit.out === 'evacuated') ? 'active' : 'failed';
    }
    case 'evacuate': {
      const tagged = state.units.filter((u) => unitTypeOf(state, u).tags.includes(o.tag));
      const out = tagged.filter((u) => u.out === 'evacuated').length;
      const left = tagged.filter((u) => u.out === null).length;
      if (out >= o.count) return 'met';
      return out + left < o.count ? 'failed' : 'active';
    }
    case 'carryItem': {
      const item = state.items.find((i) => i.id === o.item);
      const carrier = item?.carrier ? unitById(state, item.carrier) : undefined;
      return carrier && carrier.out === null && carrier.side === owner && inArea(state, o.area, carrier) ? 'met' : 'active';
    }
    case 'denyArea': {
      const sides = o.sides ?? hostileSides(state, owner);
      const intruder = standingUnits(state).some((u) =>
        sides.includes(u.side) && inArea(state, o.area, u) && (!o.tag || unitTypeOf(state, u).tags.includes(o.tag)));
      return intruder ? 'failed' : 'active';
    }
    case 'limitLosses': {
      // Without a tag, the owner's own losses count (a limit that counted nothing would never fail).
      const units = o.tag ? state.stats.lostByTag[o.tag] ?? 0 : state.stats.losses[owner] ?? 0;
      const overUnits = o.maxUnits !== undefined && units > o.maxUnits;
      const overTerrain = o.maxTerrain !== undefined && state.stats.terrainWrecked > o.maxTerrain;
      return overUnits || overTerrain ? 'failed' : 'active';
    }
    case 'holdArea':
      return state.objectives[o.id].progress >= o.turns ? 'met' : 'active';
    case 'survive':
      return state.turn > o.turns ? 'met' : 'active';
  }
}

export function setObjective(ctx: Ctx, id: string, status: ObjectiveStatus): void {
  const current = ctx.state.objectives[id];
  if (!current || current.status === status) return;
  current.status = status;
  emit(ctx, { type: 'objectiveChanged', objective: id, status });
}

/** Re-judge every objective in force; met and failed are final. */
export function evaluateObjectives(ctx: Ctx): void {
  const { state } = ctx;
  for (const o of state.scenario.objectives) {
    const current = state.objectives[o.id];
    if (current.status !== 'active') continue;
    if (o.type === 'evacuate') {
      current.progress = state.units.filter((u) => u.out === 'evacuated' && unitTypeOf(state, u).tags.includes(o.tag)).length;
    }
    if (o.type === 'survive') current.progress = Math.min(o.turns, state.turn - 1);
    const status = judge(state, o);
    if (status !== 'active') setObjective(ctx, o.id, status);
  }
  decideResult(ctx);
}

/** At the end of a round: count held areas; at the turn limit, whatever is unmet fails. */
export function endRound(ctx: Ctx, finishedRound: number): void {
  const { state } = ctx;
  for (const o of state.scenario.objectives) {
    const current = state.objectives[o.id];
    if (o.type !== 'holdArea' || current.status !== 'active') continue;
    const owner = ownerOf(state, o);
    const units = standingUnits(state).filter((u) => inArea(state, o.area, u));
    const held = units.some((u) => u.side === owner) && !units.some((u) => isHostile(state, owner, u.side));
    current.progress = held ? current.progress + 1 : 0;
  }
  state.turn = finishedRound + 1;
  evaluateObjectives(ctx);
  if (state.result || finishedRound < state.scenario.turnLimit) return;
  for (const o of state.scenario.objectives) {
    if (state.objectives[o.id].status !== 'active') continue;
    if (GUARDS.has(o.type)) setObjective(ctx, o.id, 'met');
    else if (o.primary !== false) setObjective(ctx, o.id, 'failed');
  }
  decideResult(ctx);
  if (!state.result) finish(ctx, { winner: null, reason: 'The turn limit was reached.' });
}

export function finish(ctx: Ctx, result: GameResult): void {
  if (ctx.state.result) return;
  ctx.state.result = result;
  emit(ctx, { type: 'gameOver', result });
}

function decideResult(ctx: Ctx): void {
  const { state } = ctx;
  if (state.result) return;
  for (const side of state.scenario.sides) {
    const primaries = state.scenario.objectives.filter((o) =>
      ownerOf(state, o) === side.id && o.primary !== false && state.objectives[o.id].status !== 'inactive');
    if (primaries.length === 0) continue;
    const failed = primaries.find((o) => state.objectives[o.id].status === 'failed');
    if (failed) return finish(ctx, { winner: hostileSides(state, side.id)[0] ?? null, reason: `Failed: ${failed.text}` });
    const goals = primaries.filter((o) => !GUARDS.has(o.type));
    if (goals.length > 0 && goals.every((o) => state.objectives[o.id].status === 'met')) {
      // Guards (protect, deny, limit losses) held to the end: met, optional ones included.
      for (const o of state.scenario.objectives) {
        if (ownerOf(state, o) === side.id && GUARDS.has(o.type) && state.objectives[o.id].status === 'active') setObjective(ctx, o.id, 'met');
      }
      return finish(ctx, { winner: side.id, reason: 'Every objective met.' });
    }
  }
  const first = state.scenario.sides[0].id;
  if (fighters(state, [first]).length === 0) {
    finish(ctx, { winner: hostileSides(state, first)[0] ?? null, reason: `No unit of ${state.scenario.sides[0].name} is left standing.` });
  }
}

/** For the objectives panel. */
export function objectiveList(state: GameState) {
  return state.scenario.objectives.map((o) => ({
    id: o.id,
    text: o.text,
    side: ownerOf(state, o),
    primary: o.primary !== false,
    type: o.type,
    status: state.objectives[o.id].status,
    progress: state.objectives[o.id].progress,
    goal: o.type === 'evacuate' ? o.count : o.type === 'holdArea' || o.type === 'survive' ? o.turns : 1,
  }));
}
