// Changes to units: damage, defeat (and Ultron's upload), statuses, sides, types, spawning, items.
import {
  chebyshev, hasStatus, inArea, nearestFreeTile, standingUnits, unitById, unitTypeOf,
} from './board';
import { emit, type Ctx } from './context';
import type { GameState, OutReason, Pos, StatusId, StatusInstance, Unit } from './types';

const LOSSES: ReadonlySet<OutReason> = new Set(['killed', 'captured', 'fell']);

export function dealDamage(ctx: Ctx, unit: Unit, amount: number): void {
  if (unit.out !== null || amount <= 0) return;
  let absorbed = 0;
  const shield = unit.statuses.find((s) => s.id === 'shielded');
  if (shield) {
    absorbed = Math.min(shield.amount ?? 0, amount);
    shield.amount = (shield.amount ?? 0) - absorbed;
    if (shield.amount <= 0) removeStatus(ctx, unit, 'shielded');
  }
  unit.hp = Math.max(0, unit.hp - (amount - absorbed));
  emit(ctx, { type: 'damaged', unit: unit.id, amount: amount - absorbed, absorbed, hp: unit.hp });
  if (unit.hp === 0) defeat(ctx, unit, 'killed');
}

export function heal(ctx: Ctx, unit: Unit, amount: number): void {
  const max = unitTypeOf(ctx.state, unit).hp;
  const gained = Math.min(amount, max - unit.hp);
  if (gained <= 0) return;
  unit.hp += gained;
  emit(ctx, { type: 'healed', unit: unit.id, amount: gained, hp: unit.hp });
}

/** The unit leaves the battle, unless its mind can move into another body (Ultron). */
export function defeat(ctx: Ctx, unit: Unit, how: OutReason): void {
  if (unit.out !== null) return;
  if (how === 'killed' && tryUpload(ctx, unit)) return;
  const at = { x: unit.x, y: unit.y };
  dropCarried(ctx, unit, at);
  unit.out = how;
  unit.ap = 0;
  ctx.state.charges = ctx.state.charges.filter((c) => c.unit !== unit.id);
  if (LOSSES.has(how)) countLoss(ctx, unit);
  emit(ctx, { type: 'defeated', unit: unit.id, how });
}

function countLoss(ctx: Ctx, unit: Unit): void {
  const stats = ctx.state.stats;
  stats.losses[unit.baseSide] = (stats.losses[unit.baseSide] ?? 0) + 1;
  for (const tag of unitTypeOf(ctx.state, unit).tags) stats.lostByTag[tag] = (stats.lostByTag[tag] ?? 0) + 1;
}

/**
 * Where the unit's mind would go if it were killed now: the nearest standing body of an allowed type
 * within reach (null when none), and the blocker standing near it that would stop the move, if any.
 */
export function uploadPlan(state: GameState, unit: Unit): { body: Unit | null; blocker: Unit | null } {
  const rule = unitTypeOf(state, unit).upload;
  if (!rule) return { body: null, blocker: null };
  const blocker = standingUnits(state).find((u) => {
    const radius = unitTypeOf(state, u).blocksUpload;
    return u !== unit && radius !== undefined && chebyshev(u, unit) <= radius;
  });
  const bodies = standingUnits(state)
    .filter((u) => u !== unit && u.side === unit.side && rule.into.includes(u.type))
    .filter((u) => !rule.range || chebyshev(u, unit) <= rule.range)
    .sort((a, b) => chebyshev(a, unit) - chebyshev(b, unit) || (a.id < b.id ? -1 : 1));
  return { body: bodies[0] ?? null, blocker: blocker ?? null };
}

function tryUpload(ctx: Ctx, unit: Unit): boolean {
  const { body, blocker } = uploadPlan(ctx.state, unit);
  if (!body) return false;
  if (blocker) {
    emit(ctx, { type: 'uploadBlocked', unit: unit.id, by: blocker.id });
    return false;
  }
  const from = { x: unit.x, y: unit.y };
  dropCarried(ctx, unit, from);
  body.out = 'removed';
  unit.x = body.x;
  unit.y = body.y;
  // The mind keeps its own type, so its hp may not exceed that type's maximum.
  unit.hp = Math.min(body.hp, unitTypeOf(ctx.state, unit).hp);
  unit.statuses = [];
  unit.ap = 0;
  if (body.carrying) moveItemTo(ctx, body.carrying, unit);
  body.carrying = null;
  emit(ctx, { type: 'uploaded', unit: unit.id, from, to: { x: unit.x, y: unit.y }, body: body.id });
  return true;
}

export function applyStatus(ctx: Ctx, unit: Unit, id: StatusId, turns: number | null, extra: Partial<StatusInstance> = {}): void {
  if (unit.out !== null) return;
  const existing = unit.statuses.find((s) => s.id === id);
  if (existing) {
    existing.turns = existing.turns === null || turns === null ? null : Math.max(existing.turns, turns);
    if (extra.amount !== undefined) existing.amount = Math.max(existing.amount ?? 0, extra.amount);
    if (extra.side !== undefined) existing.side = extra.side;
  } else {
    unit.statuses.push({ id, turns, ...extra });
  }
  if (id === 'controlled' && extra.side !== undefined) setSide(ctx, unit, extra.side);
  if (id === 'stunned' || id === 'hexed') unit.ap = 0;
  emit(ctx, { type: 'statusApplied', unit: unit.id, status: id, turns });
}

export function removeStatus(ctx: Ctx, unit: Unit, id: StatusId): void {
  if (!hasStatus(unit, id)) return;
  unit.statuses = unit.statuses.filter((s) => s.id !== id);
  emit(ctx, { type: 'statusEnded', unit: unit.id, status: id });
  if (id === 'controlled') setSide(ctx, unit, unit.baseSide);
}

function setSide(ctx: Ctx, unit: Unit, side: string): void {
  if (unit.side === side) return;
  const from = unit.side;
  unit.side = side;
  unit.ap = 0;
  emit(ctx, { type: 'sideChanged', unit: unit.id, from, to: side });
}

/** For good (no turns) or for a while (the `controlled` status). */
export function changeSide(ctx: Ctx, unit: Unit, side: string, turns?: number): void {
  if (unit.out !== null) return;
  if (turns !== undefined) {
    applyStatus(ctx, unit, 'controlled', turns, { side });
    return;
  }
  unit.statuses = unit.statuses.filter((s) => s.id !== 'controlled');
  unit.baseSide = side;
  setSide(ctx, unit, side);
}

export function transform(ctx: Ctx, unit: Unit, into: string): void {
  const state = ctx.state;
  const before = unitTypeOf(state, unit);
  const after = state.scenario.unitTypes[into];
  if (!after || unit.out !== null || unit.type === into) return;
  unit.hp = Math.max(1, Math.round((unit.hp / before.hp) * after.hp));
  unit.type = into;
  unit.cooldowns = {};
  emit(ctx, { type: 'transformed', unit: unit.id, from: before.id, to: into });
}

export function spawnUnit(ctx: Ctx, typeId: string, side: string, at: Pos, id?: string): Unit | null {
  const state = ctx.state;
  const type = state.scenario.unitTypes[typeId];
  if (!type) return null;
  const tile = nearestFreeTile(state, at, !!type.flying);
  if (!tile) return null;
  let unitId = id && !unitById(state, id) ? id : `${typeId}-${state.nextId}`;
  state.nextId += 1;
  while (unitById(state, unitId)) unitId = `${typeId}-${state.nextId++}`;
  const unit: Unit = {
    id: unitId, type: typeId, name: type.name, side, x: tile.x, y: tile.y, hp: type.hp, ap: 0,
    cooldowns: {}, statuses: [], carrying: null, out: null, baseSide: side,
  };
  state.units.push(unit);
  emit(ctx, { type: 'spawned', unit: unitId, unitType: typeId, side, at: { x: tile.x, y: tile.y } });
  return unit;
}

function moveItemTo(ctx: Ctx, itemId: string, carrier: Unit): void {
  const item = ctx.state.items.find((i) => i.id === itemId);
  if (!item) return;
  item.carrier = carrier.id;
  item.x = null;
  item.y = null;
  carrier.carrying = itemId;
}

export function pickUp(ctx: Ctx, unit: Unit, itemId: string): void {
  const item = ctx.state.items.find((i) => i.id === itemId);
  if (!item || unit.carrying !== null) return;
  const holder = item.carrier ? unitById(ctx.state, item.carrier) : undefined;
  if (holder) holder.carrying = null;
  moveItemTo(ctx, itemId, unit);
  emit(ctx, { type: 'itemPickedUp', unit: unit.id, item: itemId });
}

export function dropCarried(ctx: Ctx, unit: Unit, at: Pos): void {
  if (unit.carrying === null) return;
  const item = ctx.state.items.find((i) => i.id === unit.carrying);
  unit.carrying = null;
  if (!item) return;
  item.carrier = null;
  item.x = at.x;
  item.y = at.y;
  emit(ctx, { type: 'itemDropped', unit: unit.id, item: item.id, at: { x: at.x, y: at.y } });
}

/**
 * A unit has come to rest on a tile: it picks up what lies there, and leaves the battle if the tile
 * is an exit of an active evacuation it qualifies for.
 */
export function arrive(ctx: Ctx, unit: Unit): void {
  const { state } = ctx;
  if (unit.out !== null) return;
  const type = unitTypeOf(state, unit);
  // Reads of the scenario (static) come before reads of the state: on the game's path the state
  // is an immer draft, and each read through it costs.
  if (state.scenario.items.length > 0 && unit.carrying === null && !type.structure) {
    const lying = state.items.find((i) => i.carrier === null && i.x === unit.x && i.y === unit.y);
    if (lying) pickUp(ctx, unit, lying.id);
  }
  for (const objective of state.scenario.objectives) {
    if (objective.type !== 'evacuate' || !type.tags.includes(objective.tag) || !inArea(state, objective.area, unit)) continue;
    if (state.objectives[objective.id]?.status !== 'active') continue;
    unit.out = 'evacuated';
    unit.ap = 0;
    state.stats.evacuated[unit.baseSide] = (state.stats.evacuated[unit.baseSide] ?? 0) + 1;
    emit(ctx, { type: 'evacuated', unit: unit.id });
    return;
  }
}
