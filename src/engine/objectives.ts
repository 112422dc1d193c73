// Objectives are data the engine evaluates after every action and at the end of every round, so
// the objectives panel and the rules never disagree. Also decides when the battle is over.
import { inArea, isHostile, standingUnits, unitById, unitTypeOf } from './board';
import { emit, type Ctx } from './context';
import { areaMask, hostileSidesOf, scenarioIndex, typesWithTag } from './scenario-index';
import type { GameEvent, GameResult, GameState, ObjectiveDef, ObjectiveStatus, Unit } from './types';

export const ownerOf = (state: GameState, o: ObjectiveDef): string => o.side ?? state.scenario.sides[0].id;

/** Objectives that are met only when the battle is won (they guard against a loss). */
const GUARDS = new Set<ObjectiveDef['type']>(['protectUnit', 'denyArea', 'limitLosses']);

const hostileSides = hostileSidesOf;

/** Is a non-structure loyal to these sides standing? A unit under another side's control still counts for its own. */
function anyFighter(state: GameState, sides: string[]): boolean {
  for (const u of state.units) if (u.out === null && sides.includes(u.baseSide) && !unitTypeOf(state, u).structure) return true;
  return false;
}

function evacuation(state: GameState, tag: string): { out: number; left: number } {
  const tagged = typesWithTag(state, tag);
  let out = 0;
  let left = 0;
  for (const u of state.units) {
    if (u.out !== null && u.out !== 'evacuated') continue;
    if (!tagged.has(u.type)) continue;
    if (u.out === null) left += 1;
    else out += 1;
  }
  return { out, left };
}

/** Does one of these units stand where a denyArea objective forbids it? */
function intruderIn(state: GameState, o: Extract<ObjectiveDef, { type: 'denyArea' }>, units: Iterable<Unit>): boolean {
  const sides = o.sides ?? hostileSides(state, ownerOf(state, o));
  const mask = areaMask(state, o.area);
  const width = state.scenario.map.width;
  const tagged = o.tag ? typesWithTag(state, o.tag) : null;
  for (const u of units) {
    if (u.out !== null || !sides.includes(u.side) || (tagged && !tagged.has(u.type))) continue;
    if (u.x >= 0 && u.x < width && mask[u.y * width + u.x] === 1) return true;
  }
  return false;
}

/** What the objective's status is now, judged from the state alone (turn-end ones aside). */
function judge(state: GameState, o: ObjectiveDef): ObjectiveStatus {
  const owner = ownerOf(state, o);
  switch (o.type) {
    case 'defeatAll':
      return anyFighter(state, o.sides ?? hostileSides(state, owner)) ? 'active' : 'met';
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
      const { out, left } = evacuation(state, o.tag);
      if (out >= o.count) return 'met';
      return out + left < o.count ? 'failed' : 'active';
    }
    case 'carryItem': {
      const item = state.items.find((i) => i.id === o.item);
      const carrier = item?.carrier ? unitById(state, item.carrier) : undefined;
      return carrier && carrier.out === null && carrier.side === owner && inArea(state, o.area, carrier) ? 'met' : 'active';
    }
    case 'denyArea':
      return intruderIn(state, o, state.units) ? 'failed' : 'active';
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

/** What re-judging would change: an objective's new status or progress. */
interface ObjectiveUpdate {
  id: string;
  status: ObjectiveStatus;
  progress: number;
}


/**
 * The units an action moved, when moving them is all it did (every event a plain move); else null.
 * Then, from a settled state, only objectives decided by where units stand can have changed, and
 * only through these units: no unit left the battle, changed side or picked anything up (those
 * have events of their own), and no status changed.
 */
export function onlyMoved(events: readonly GameEvent[]): string[] | null {
  if (events.length === 0) return null;
  const moved: string[] = [];
  for (const e of events) {
    if (e.type !== 'moved') return null;
    moved.push(e.unit);
  }
  return moved;
}

/**
 * The changes re-judging the objectives in force would make, read from the state alone. With
 * `moved` (see onlyMoved), only objectives decided by position, and only as those units change them.
 */
function objectiveUpdates(state: GameState, moved: readonly string[] | null = null): ObjectiveUpdate[] {
  const updates: ObjectiveUpdate[] = [];
  for (const o of moved ? scenarioIndex(state).positional : state.scenario.objectives) {
    const current = state.objectives[o.id];
    if (current.status !== 'active') continue;
    if (moved && o.type === 'denyArea') {
      // It held before the move, so only a unit that moved can have broken it.
      const units = moved.map((id) => unitById(state, id)).filter((u): u is Unit => u !== undefined);
      if (intruderIn(state, o, units)) updates.push({ id: o.id, status: 'failed', progress: current.progress });
      continue;
    }
    let progress = current.progress;
    if (o.type === 'evacuate') progress = evacuation(state, o.tag).out;
    if (o.type === 'survive') progress = Math.min(o.turns, state.turn - 1);
    const status = judge(state, o);
    if (status !== 'active' || progress !== current.progress) updates.push({ id: o.id, status, progress });
  }
  return updates;
}

/**
 * Re-judge every objective in force; met and failed are final. `moved`: the state was settled
 * before an action that only moved these units (see onlyMoved), so only what they can change is judged.
 */
export function evaluateObjectives(ctx: Ctx, moved: readonly string[] | null = null): void {
  const { state } = ctx;
  const updates = objectiveUpdates(state, moved);
  for (const update of updates) {
    state.objectives[update.id].progress = update.progress;
    if (update.status !== 'active') setObjective(ctx, update.id, update.status);
  }
  if (!moved || updates.length > 0) decideResult(ctx);
}

/**
 * Would re-judging the objectives change anything (a status, a progress count, the result)? A pure
 * read, so the game's path can ask it of a finished state instead of reading through drafts.
 */
export function objectivesUnsettled(state: GameState, events: readonly GameEvent[]): boolean {
  const moved = onlyMoved(events);
  if (moved) return objectiveUpdates(state, moved).length > 0;
  return objectiveUpdates(state).length > 0 || (!state.result && decision(state) !== null);
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

/** Who has won, if anyone, from the objectives' statuses: the result and the guards it completes. */
function decision(state: GameState): { result: GameResult; guardsMet: string[] } | null {
  const objectives = state.scenario.objectives;
  const { primariesOf } = scenarioIndex(state);
  for (const side of state.scenario.sides) {
    const primaries = (primariesOf.get(side.id) ?? []).map((i) => objectives[i]).filter((o) => state.objectives[o.id].status !== 'inactive');
    if (primaries.length === 0) continue;
    const failed = primaries.find((o) => state.objectives[o.id].status === 'failed');
    if (failed) return { result: { winner: hostileSides(state, side.id)[0] ?? null, reason: `Failed: ${failed.text}` }, guardsMet: [] };
    const goals = primaries.filter((o) => !GUARDS.has(o.type));
    if (goals.length > 0 && goals.every((o) => state.objectives[o.id].status === 'met')) {
      // Guards (protect, deny, limit losses) held to the end: met, optional ones included.
      const guardsMet = objectives
        .filter((o) => ownerOf(state, o) === side.id && GUARDS.has(o.type) && state.objectives[o.id].status === 'active')
        .map((o) => o.id);
      return { result: { winner: side.id, reason: 'Every objective met.' }, guardsMet };
    }
  }
  const first = state.scenario.sides[0];
  if (!anyFighter(state, [first.id])) {
    return { result: { winner: hostileSides(state, first.id)[0] ?? null, reason: `No unit of ${first.name} is left standing.` }, guardsMet: [] };
  }
  return null;
}

function decideResult(ctx: Ctx): void {
  if (ctx.state.result) return;
  const decided = decision(ctx.state);
  if (!decided) return;
  for (const id of decided.guardsMet) setObjective(ctx, id, 'met');
  finish(ctx, decided.result);
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
