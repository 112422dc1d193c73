// The worth of a whole position to one side: units standing and their health, what the objectives
// say (met, failed, and how close each is), and the end of the battle itself.
import {
  chebyshev, isHostile, standingUnits, terrainAt, TERRAIN_RULES, unitById, unitTypeOf, type GameState, type ObjectiveDef, type Pos, type Unit,
} from '../engine';
import { travelTo, type FieldCache } from './distance-fields';
import {
  materialSign, mustFall, objectiveOwner, objectiveWeight, OBJECTIVE_STAKE, relation, unitWorth,
} from './unit-worth';

const WIN = 100_000;
/** A unit an objective names, worn from whole health to none (see action-value's wearDownStake). */
const WEAR_DOWN = 40;

/**
 * What wearing down a unit an objective names is worth, from whole health to none: WEAR_DOWN, up
 * to three times that as the rounds left shrink towards what felling it from full health takes
 * (about 10 hp a round), so late in the battle blows go to the objective and not to the escort.
 */
export function wearDownWorth(state: GameState, unit: Unit): number {
  return WEAR_DOWN * urgency(state, roundsToFell(unitTypeOf(state, unit).hp));
}

/** Rounds of focused blows it takes to fell this much health (about 10 hp fall to a round), and one to close in. */
const roundsToFell = (hp: number) => Math.ceil(hp / 10) + 1;

export function evaluateState(state: GameState, side: string, fields: FieldCache): number {
  if (state.result) return resultValue(state, side);
  let score = 0;
  for (const unit of state.units) score += unitTerm(state, side, unit);
  return score + objectivesValue(state, side, fields);
}

/** What the enemies of `side` have standing, in the material terms of evaluateState (positive). */
export function hostileMaterial(state: GameState, side: string): number {
  let material = 0;
  for (const unit of state.units) if (isHostile(state, side, unit.side)) material -= unitTerm(state, side, unit);
  return material;
}

/**
 * Could moving this unit change this objective's term? Conservative: false only when the term
 * does not read its position. `places` are the tiles in question (its home and a destination).
 */
export function objectiveReadsPosition(state: GameState, objective: ObjectiveDef, unit: Unit, places: Pos[]): boolean {
  if (state.objectives[objective.id]?.status !== 'active') return false;
  const owner = objectiveOwner(state, objective);
  switch (objective.type) {
    case 'carryItem': {
      const item = state.items.find((i) => i.id === objective.item);
      if (!item) return false;
      if (item.carrier === unit.id) return true;
      // The owner's units move the fetching term whether the item lies or an enemy holds it.
      return onSideOf(state, owner, unit) && !unitTypeOf(state, unit).structure;
    }
    case 'evacuate':
      return unitTypeOf(state, unit).tags.includes(objective.tag);
    case 'defeatAll':
      return !unitTypeOf(state, unit).structure;
    case 'defeatUnit': // the owner's hunters closing in (closingIn)
      return unit.side === owner && !unitTypeOf(state, unit).structure;
    case 'denyArea':
    case 'holdArea': {
      if (objective.type === 'denyArea') {
        const intrudes = (objective.sides ? objective.sides.includes(unit.side) : isHostile(state, owner, unit.side)) &&
          (objective.tag === undefined || unitTypeOf(state, unit).tags.includes(objective.tag));
        if (intrudes) return true;
      } else if (unit.side === owner && !unitTypeOf(state, unit).structure) {
        return true;
      }
      const tiles = state.scenario.areas[objective.area] ?? [];
      return places.some((p) => tiles.some((t) => t.x === p.x && t.y === p.y));
    }
    default:
      return false;
  }
}

/** Each objective's term, in scenario order (a plan keeps them to recompute only what a move touches). */
export function objectiveTerms(state: GameState, side: string, fields: FieldCache): number[] {
  return state.scenario.objectives.map((o) => objectiveTerm(state, side, o, fields));
}

/** objectivesValue with `unit` moved, reusing the terms at its home for what the move cannot change. */
export function objectivesValueAfterMove(
  state: GameState, side: string, fields: FieldCache, unit: Unit, home: Pos, homeTerms: number[],
): number {
  let score = 0;
  const places = [home, { x: unit.x, y: unit.y }];
  state.scenario.objectives.forEach((objective, i) => {
    score += objectiveReadsPosition(state, objective, unit, places) ? objectiveTerm(state, side, objective, fields) : homeTerms[i];
  });
  return score;
}

/** The objectives' part alone: what changes when a unit only moves (material does not). */
export function objectivesValue(state: GameState, side: string, fields: FieldCache): number {
  let score = 0;
  for (const objective of state.scenario.objectives) score += objectiveTerm(state, side, objective, fields);
  return score;
}

function resultValue(state: GameState, side: string): number {
  const winner = state.result?.winner;
  if (!winner) return 0;
  if (winner === side) return WIN;
  return isHostile(state, side, winner) ? -WIN : WIN / 4;
}

function unitTerm(state: GameState, side: string, unit: Unit): number {
  if (unit.out !== null && unit.out !== 'evacuated') return 0;
  const type = unitTypeOf(state, unit);
  const health = unit.out === 'evacuated' ? 1 : 0.4 + (0.6 * unit.hp) / Math.max(1, type.hp);
  const disabled = unit.statuses.some((s) => s.id === 'stunned' || s.id === 'hexed') ? 0.85 : 1;
  return materialSign(state, side, unit.side) * unitWorth(state, unit) * health * disabled;
}

function objectiveTerm(state: GameState, side: string, objective: ObjectiveDef, fields: FieldCache): number {
  const status = state.objectives[objective.id]?.status;
  if (status === undefined || status === 'inactive') return 0;
  const owner = objectiveOwner(state, objective);
  const r = relation(state, side, owner) * objectiveWeight(objective);
  if (status === 'met') return r * OBJECTIVE_STAKE;
  if (status === 'failed') return -r * OBJECTIVE_STAKE;
  return r * progressTerm(state, owner, objective, fields, side === owner);
}

/**
 * How close the owner is to meeting an active objective, in the same units as material. `own`:
 * judged by the owner itself. The pulls of the clock (fetching, hunting, spreading out) are the
 * owner's concern only; its enemies' answer (keep-away, scattering) is left to their own orders.
 */
function progressTerm(state: GameState, owner: string, objective: ObjectiveDef, fields: FieldCache, own: boolean): number {
  switch (objective.type) {
    case 'carryItem':
      return carryProgress(state, owner, objective.item, objective.area, fields, own);
    case 'evacuate':
      return evacuateProgress(state, owner, objective, fields);
    case 'denyArea':
      return denyProgress(state, owner, objective, fields);
    case 'defeatAll':
      return own ? defeatAllProgress(state, owner, objective) : 0;
    case 'holdArea':
      return holdProgress(state, owner, objective) + reachProgress(state, owner, objective.area, fields);
    case 'limitLosses':
      return collateralProgress(state, objective);
    case 'defeatUnit':
    case 'protectUnit': {
      const unit = unitById(state, objective.unit);
      if (!unit || unit.out !== null) return 0;
      const health = unit.hp / Math.max(1, unitTypeOf(state, unit).hp);
      if (objective.type === 'protectUnit') return WEAR_DOWN * health;
      return wearDownWorth(state, unit) * (1 - health) + (own ? closingIn(state, owner, unit) : 0);
    }
    default:
      return 0;
  }
}

const onSideOf = (state: GameState, owner: string, unit: Unit) => unit.side === owner || !isHostile(state, owner, unit.side);

function itemPlace(state: GameState, item: string): { at: Pos | null; carrier: Unit | null } {
  const it = state.items.find((i) => i.id === item);
  if (!it) return { at: null, carrier: null };
  if (it.carrier) {
    const carrier = unitById(state, it.carrier) ?? null;
    return { at: carrier && carrier.out === null ? carrier : null, carrier };
  }
  if (it.x === null || it.y === null) return { at: null, carrier: null };
  // A unit standing on a lying item is as good as carrying it (the engine picks it up on arrival).
  const standing = standingUnits(state).find((u) => u.x === it.x && u.y === it.y && !unitTypeOf(state, u).structure);
  return { at: { x: it.x, y: it.y }, carrier: standing ?? null };
}

function carryProgress(state: GameState, owner: string, item: string, area: string, fields: FieldCache, own: boolean): number {
  const { at, carrier } = itemPlace(state, item);
  if (!at) return 0;
  if (carrier && carrier.out === null) {
    const distance = fields.distanceToArea(state, carrier, area, carrier);
    if (onSideOf(state, owner, carrier)) {
      // A plan moves units about a scratch copy without the rules, which would mark the objective
      // met on arrival (and met is final): a carrier standing in the area is worth meeting it.
      if (distance === 0) return OBJECTIVE_STAKE;
      const hurry = urgency(state, distance / stride(state, carrier));
      return 160 - 6 * hurry * Math.min(distance, 25);
    }
    // Held by the enemy (a truck that does not move, a drone that wanders): the owner's nearest
    // unit closing on the holder is the way to take it back, and then the way home, longer the
    // farther the holder is from the area. The holder's side keeps it as its orders say: no pull
    // to carry it off (a flying holder that ran with it would leave walkers no way to win).
    if (!own) return -60;
    const fetcher = nearestFetcher(state, owner, carrier, fields);
    const hurry = fetcher.unit ? urgency(state, (fetcher.tiles + distance) / stride(state, fetcher.unit)) : 1;
    return -60 - 1.5 * Math.min(distance, 25) - 3 * hurry * fetcher.tiles;
  }
  // Lying on the ground: whichever of the owner's units can take it and has the shortest way to
  // it (round walls, not as the crow flies: a wall between is no nearness) should fetch it, harder
  // (for the owner) as the rounds left shrink towards what fetching it and carrying it out take.
  const { unit: fetcher, tiles: nearest } = nearestFetcher(state, owner, at, fields);
  if (!own || !fetcher) return 30 - 2 * nearest;
  const journey = nearest + fields.distanceToArea(state, fetcher, area, at);
  return 30 - 2 * urgency(state, journey / stride(state, fetcher)) * nearest;
}

/**
 * The owner's fighters closing on a unit it must defeat, more as the clock runs down: a target
 * that wanders off (or keeps its distance) has to be hunted, not waited for. About 10 hp fall
 * to a round of focused blows.
 */
function closingIn(state: GameState, owner: string, target: Unit): number {
  const hurry = urgency(state, roundsToFell(target.hp));
  let gap = 0;
  for (const u of standingUnits(state)) {
    if (u.side !== owner || unitTypeOf(state, u).structure) continue;
    gap += Math.min(20, Math.max(0, chebyshev(u, target) - 3));
  }
  return -1.5 * (hurry - 1) * gap;
}

/** Can the unit take an item from the unit beside it (an ability with a pickup effect)? */
function canTake(state: GameState, unit: Unit): boolean {
  const type = unitTypeOf(state, unit);
  return !type.structure && type.abilities.some((a) => a.effects.some((e) => e.type === 'pickup'));
}

/** Tiles a unit covers in a round, spending every action point on moving. */
function stride(state: GameState, unit: Unit): number {
  const type = unitTypeOf(state, unit);
  return Math.max(1, type.move * Math.max(1, type.ap));
}

/**
 * How much more each tile of a journey counts as the clock runs down: 1 while the rounds left
 * are ample for the rounds it needs, up to 3 when they are barely enough (then a unit runs
 * instead of stopping to trade blows on the way).
 */
function urgency(state: GameState, roundsNeeded: number): number {
  const left = Math.max(1, state.scenario.turnLimit - state.turn + 1);
  const squeeze = (roundsNeeded + 1) / left;
  return 1 + 2 * Math.min(1, Math.max(0, (squeeze - 0.5) / 0.5));
}

/** The owner's unit (able to carry) nearest to a tile next to `at`, and its travel there (capped at 30). */
function nearestFetcher(state: GameState, owner: string, at: Pos, fields: FieldCache): { unit: Unit | null; tiles: number } {
  let nearest = 30;
  let unit: Unit | null = null;
  for (const u of standingUnits(state)) {
    if (!onSideOf(state, owner, u) || u === at || !canTake(state, u)) continue;
    if (chebyshev(u, at) - 1 >= nearest) continue;
    const way = travelTo(state, fields, u, at);
    if (Math.max(0, way - 1) < nearest) {
      nearest = Math.max(0, way - 1);
      unit = u;
    }
  }
  return { unit, tiles: nearest };
}

/**
 * Every enemy left standing when all must fall (against the clock): each should have a hunter
 * near it, so units spread over the scattered enemies instead of all chasing the nearest one.
 */
function defeatAllProgress(state: GameState, owner: string, objective: ObjectiveDef & { type: 'defeatAll' }): number {
  const standing = standingUnits(state);
  let total = 0;
  let widest = 0;
  for (const enemy of standing) {
    if (!mustFall(state, owner, objective.sides, enemy)) continue;
    let nearest = 30;
    for (const u of standing) {
      if (u.side !== owner || unitTypeOf(state, u).structure) continue;
      nearest = Math.min(nearest, chebyshev(u, enemy));
    }
    const gap = Math.max(0, nearest - 3);
    total += gap;
    widest = Math.max(widest, gap);
  }
  // A hunter covers about 6 tiles a round and strikes from a few away.
  return -2 * urgency(state, widest / 6) * total;
}

function evacuateProgress(state: GameState, owner: string, objective: ObjectiveDef & { type: 'evacuate' }, fields: FieldCache): number {
  const { tag, area, count } = objective;
  let score = 0;
  const tagged = standingUnits(state).filter((u) => onSideOf(state, owner, u) && unitTypeOf(state, u).tags.includes(tag));
  for (const unit of tagged) score -= 1.5 * Math.min(fields.distanceToArea(state, unit, area, unit), 40);
  const evacuated = state.objectives[objective.id]?.progress ?? 0;
  return score + (80 * Math.min(evacuated, count)) / Math.max(1, count);
}

function denyProgress(state: GameState, owner: string, objective: ObjectiveDef & { type: 'denyArea' }, fields: FieldCache): number {
  let score = 0;
  let nearest = Infinity;
  const intrudes = (unit: Unit) =>
    (objective.sides ? objective.sides.includes(unit.side) : isHostile(state, owner, unit.side)) &&
    (objective.tag === undefined || unitTypeOf(state, unit).tags.includes(objective.tag));
  for (const unit of standingUnits(state)) {
    if (!intrudes(unit)) continue;
    const distance = fields.distanceToArea(state, unit, objective.area, unit);
    const type = unitTypeOf(state, unit);
    nearest = Math.min(nearest, distance / Math.max(1, type.move * Math.max(1, type.ap)));
    // Only intruders already close matter much: the owner wants them far, the intruders near.
    score += 12 * Math.min(distance, 10) - 10;
  }
  // A tile of the area with someone else standing on it is a tile no intruder can end a move on.
  const tiles = state.scenario.areas[objective.area] ?? [];
  const standing = standingUnits(state);
  const open = tiles.filter((t) => !standing.some((u) => u.x === t.x && u.y === t.y && !intrudes(u))).length;
  const urgency = nearest <= 1 ? 1 : nearest <= 2 ? 0.5 : 0.1;
  return score - 60 * urgency * open;
}

/** What the city's damage costs the owner of a limit on wrecked terrain, all of it by the time the limit is passed. */
const COLLATERAL = 300;

/**
 * Wrecked tiles, and the cracks in tiles not yet wrecked as their share of the tile's toughness,
 * against the limit: a side that wants the limit broken (a rampaging Hulk) gains by smashing the
 * district, the owner loses by it. Lost units are priced by defeatStake instead.
 */
function collateralProgress(state: GameState, objective: ObjectiveDef & { type: 'limitLosses' }): number {
  if (objective.maxTerrain === undefined) return 0;
  const { width } = state.scenario.map;
  let wear = state.stats.terrainWrecked;
  for (const [index, damage] of Object.entries(state.terrainDamage)) {
    const i = Number(index);
    const toughness = TERRAIN_RULES[terrainAt(state, i % width, Math.floor(i / width))].toughness;
    if (toughness) wear += damage / toughness;
  }
  return -COLLATERAL * Math.min(1, wear / (objective.maxTerrain + 1));
}

/** The owner's nearest fighting unit closing on an area it must hold. */
function reachProgress(state: GameState, owner: string, area: string, fields: FieldCache): number {
  let nearest = 30;
  for (const u of standingUnits(state)) {
    if (u.side !== owner || unitTypeOf(state, u).structure) continue;
    nearest = Math.min(nearest, fields.distanceToArea(state, u, area, u));
  }
  return -3 * nearest;
}

function holdProgress(state: GameState, owner: string, objective: ObjectiveDef & { type: 'holdArea' }): number {
  const { area, turns } = objective;
  const tiles = state.scenario.areas[area] ?? [];
  let own = 0;
  let hostile = 0;
  for (const u of standingUnits(state)) {
    if (!tiles.some((t) => t.x === u.x && t.y === u.y)) continue;
    if (u.side === owner) own += 1;
    else if (isHostile(state, owner, u.side)) hostile += 1;
  }
  const held = state.objectives[objective.id]?.progress ?? 0;
  return (own > 0 ? 30 : 0) - 30 * hostile + (held * 40) / Math.max(1, turns);
}
