// Scripted events: when something happens (an event of this action), do something. Each action
// fires at most MAX_TRIGGER_CASCADE triggers, so no scenario can loop forever.
import { areaTiles, inArea, isFreeFor, standingUnits, unitById, unitTypeOf } from './board';
import { emit, type Ctx } from './context';
import { setTerrain } from './landscape';
import { triggersListeningTo } from './scenario-index';
import { finish, setObjective } from './objectives';
import {
  applyStatus, changeSide, defeat, heal, removeStatus, spawnUnit, transform,
} from './units';
import {
  MAX_TRIGGER_CASCADE, type GameEvent, type GameState, type Pos, type TriggerDef, type TriggerDo,
  type TriggerWhen, type Unit, type UnitSelector,
} from './types';

function unitMatches(state: GameState, unit: Unit | undefined, f: { unit?: string; side?: string; tag?: string; unitType?: string }): boolean {
  if (!unit) return false;
  if (f.unit !== undefined && unit.id !== f.unit) return false;
  if (f.side !== undefined && unit.side !== f.side) return false;
  if (f.unitType !== undefined && unit.type !== f.unitType) return false;
  return f.tag === undefined || unitTypeOf(state, unit).tags.includes(f.tag);
}

/** A move, push, leap or spawn that ends inside the area, from outside it. */
function entered(state: GameState, event: GameEvent, area: string): string | null {
  switch (event.type) {
    case 'moved':
      return inArea(state, area, event.path[event.path.length - 1]) && !inArea(state, area, event.path[0]) ? event.unit : null;
    case 'pushed':
    case 'teleported':
    case 'uploaded':
      return inArea(state, area, event.to) && !inArea(state, area, event.from) ? event.unit : null;
    case 'spawned':
      return inArea(state, area, event.at) ? event.unit : null;
    default:
      return null;
  }
}

function matches(state: GameState, when: TriggerWhen, event: GameEvent): boolean {
  switch (when.event) {
    case 'turnStart':
      return event.type === 'turnStarted' && event.turn === when.turn && (!when.side || event.side === when.side);
    case 'enterArea': {
      const id = entered(state, event, when.area);
      return id !== null && unitMatches(state, unitById(state, id), when);
    }
    case 'unitDefeated':
      return event.type === 'defeated' && unitMatches(state, unitById(state, event.unit), when);
    case 'hpBelow':
      return event.type === 'damaged' && event.unit === when.unit && event.hp < when.hp;
    case 'objectiveMet':
      return event.type === 'objectiveChanged' && event.objective === when.objective && event.status === 'met';
    case 'objectiveFailed':
      return event.type === 'objectiveChanged' && event.objective === when.objective && event.status === 'failed';
    case 'itemPickedUp':
      return event.type === 'itemPickedUp' && event.item === when.item &&
        (!when.side || unitById(state, event.unit)?.side === when.side);
    case 'statusApplied':
      return event.type === 'statusApplied' && event.status === when.status &&
        unitMatches(state, unitById(state, event.unit), { unit: when.unit, side: when.side });
    case 'uploaded':
      return event.type === 'uploaded' && (!when.unit || event.unit === when.unit);
  }
}

function selectUnits(state: GameState, s: UnitSelector): Unit[] {
  return standingUnits(state).filter((u) => unitMatches(state, u, s));
}

/** A trigger's place: a tile, or the first free tile of a named area. */
function placeOf(state: GameState, at: Pos | string, flying: boolean): Pos {
  if (typeof at !== 'string') return at;
  const tiles = areaTiles(state, at);
  return tiles.find((t) => isFreeFor(state, null, t.x, t.y, flying)) ?? tiles[0] ?? { x: 0, y: 0 };
}

function perform(ctx: Ctx, step: TriggerDo): void {
  const { state } = ctx;
  switch (step.do) {
    case 'spawn': {
      const flying = !!state.scenario.unitTypes[step.unitType]?.flying;
      for (let i = 0; i < (step.count ?? 1); i++) {
        const id = step.id && i > 0 ? `${step.id}-${i + 1}` : step.id;
        spawnUnit(ctx, step.unitType, step.side, placeOf(state, step.at, flying), id);
      }
      return;
    }
    case 'changeSide':
      // `side` here is the side to join, not a filter on the units' current side.
      return selectUnits(state, { unit: step.unit, tag: step.tag, unitType: step.unitType })
        .forEach((u) => changeSide(ctx, u, step.side));
    case 'message':
      return emit(ctx, { type: 'message', text: step.text, ...(step.speaker ? { speaker: step.speaker } : {}) });
    case 'addObjective':
      if (state.objectives[step.objective]?.status === 'inactive') setObjective(ctx, step.objective, 'active');
      return;
    case 'setObjective':
      return setObjective(ctx, step.objective, step.status);
    case 'setTerrain': {
      const tiles = typeof step.at === 'string' ? areaTiles(state, step.at) : [step.at];
      return tiles.forEach((t) => setTerrain(ctx, t, step.terrain));
    }
    case 'applyStatus':
      return selectUnits(state, step).forEach((u) => applyStatus(ctx, u, step.status, step.turns));
    case 'removeStatus':
      return selectUnits(state, step).forEach((u) => removeStatus(ctx, u, step.status));
    case 'removeUnit':
      return selectUnits(state, step).forEach((u) => defeat(ctx, u, 'removed'));
    case 'transform':
      return selectUnits(state, step).forEach((u) => transform(ctx, u, step.into));
    case 'heal':
      return selectUnits(state, step).forEach((u) => heal(ctx, u, step.amount));
    case 'placeItem': {
      const item = state.items.find((i) => i.id === step.item);
      if (!item) return;
      const carrier = item.carrier ? unitById(state, item.carrier) : undefined;
      if (carrier) carrier.carrying = null;
      Object.assign(item, { carrier: null, x: step.at.x, y: step.at.y });
      return;
    }
    case 'endScenario':
      return finish(ctx, { winner: step.winner, reason: step.reason });
  }
}

function exhausted(state: GameState, t: TriggerDef): boolean {
  return !t.repeat && (state.fired[t.id] ?? 0) > 0;
}

/**
 * Fire the triggers matching events from index `from` on; returns the index scanned up to.
 * Firings share the action's budget in `budget.left`.
 */
export function runTriggers(ctx: Ctx, from: number, budget: { left: number }): number {
  const { state } = ctx;
  const end = ctx.events.length;
  for (let i = from; i < end; i++) {
    const event = ctx.events[i];
    for (const trigger of triggersListeningTo(state, event.type)) {
      if (budget.left <= 0) return end;
      if (exhausted(state, trigger) || !matches(state, trigger.when, event)) continue;
      budget.left -= 1;
      state.fired[trigger.id] = (state.fired[trigger.id] ?? 0) + 1;
      emit(ctx, { type: 'triggerFired', trigger: trigger.id });
      for (const step of trigger.do) perform(ctx, step);
    }
  }
  return end;
}

/** Would any trigger still able to fire match one of these events? A pure read. */
export function triggersPending(state: GameState, events: readonly GameEvent[]): boolean {
  if (state.scenario.triggers.length === 0) return false;
  for (const event of events) {
    for (const trigger of triggersListeningTo(state, event.type)) {
      if (!exhausted(state, trigger) && matches(state, trigger.when, event)) return true;
    }
  }
  return false;
}

export const newTriggerBudget = () => ({ left: MAX_TRIGGER_CASCADE });
