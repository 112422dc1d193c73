// The order of play: sides take turns in scenario order; a round ends after the last of them.
import { isDisabled, unitById, unitTypeOf } from './board';
import { emit, type Ctx } from './context';
import { resolveAbility } from './abilities';
import { endRound, finish } from './objectives';
import { removeStatus } from './units';
import type { GameState } from './types';

/** Sides that take turns now: not passive, with at least one standing unit that can act. */
export function turnSides(state: GameState): string[] {
  return state.scenario.sides
    .filter((s) => !s.passive)
    .filter((s) => state.units.some((u) => u.out === null && u.side === s.id && !unitTypeOf(state, u).structure))
    .map((s) => s.id);
}

function tickStatuses(ctx: Ctx, side: string): void {
  for (const unit of ctx.state.units) {
    if (unit.out !== null || unit.side !== side) continue;
    for (const status of [...unit.statuses]) {
      if (status.turns === null) continue;
      const live = unit.statuses.find((s) => s.id === status.id);
      if (!live || live.turns === null) continue;
      live.turns -= 1;
      if (live.turns <= 0) removeStatus(ctx, unit, status.id);
    }
  }
}

export function startSideTurn(ctx: Ctx, side: string): void {
  const { state } = ctx;
  state.side = side;
  emit(ctx, { type: 'turnStarted', turn: state.turn, side });
  for (const unit of state.units) {
    if (unit.out !== null || unit.side !== side) continue;
    unit.ap = isDisabled(state, unit) ? 0 : unitTypeOf(state, unit).ap;
    for (const id of Object.keys(unit.cooldowns)) {
      unit.cooldowns[id] -= 1;
      if (unit.cooldowns[id] <= 0) delete unit.cooldowns[id];
    }
  }
  resolveCharges(ctx, side);
}

/** Charged attacks of this side land now, on whoever stands on the marked tiles. */
function resolveCharges(ctx: Ctx, side: string): void {
  const { state } = ctx;
  const due = state.charges.filter((c) => c.side === side);
  state.charges = state.charges.filter((c) => c.side !== side);
  for (const charge of due) {
    const caster = unitById(state, charge.unit);
    const ability = caster && unitTypeOf(state, caster).abilities.find((a) => a.id === charge.ability);
    if (!caster || caster.out !== null || !ability || isDisabled(state, caster)) {
      emit(ctx, { type: 'chargeFizzled', unit: charge.unit, ability: charge.ability });
      continue;
    }
    resolveAbility(ctx, caster, ability, charge.target, charge.tiles);
    emit(ctx, { type: 'chargeResolved', unit: charge.unit, ability: charge.ability });
  }
}

/** The current side ends its turn; the next side that can act begins (a new round after the last). */
export function endTurn(ctx: Ctx): void {
  const { state } = ctx;
  const current = state.side;
  tickStatuses(ctx, current);
  for (const unit of state.units) if (unit.side === current) unit.ap = 0;
  const order = state.scenario.sides.map((s) => s.id);
  const playing = new Set(turnSides(state));
  const start = order.indexOf(current);
  for (let step = 1; step <= order.length; step++) {
    if (start + step === order.length) {
      // Passive sides never take a turn: their statuses count down as the round ends.
      for (const side of state.scenario.sides) if (side.passive) tickStatuses(ctx, side.id);
      endRound(ctx, state.turn);
      if (state.result) return;
    }
    const next = order[(start + step) % order.length];
    if (playing.has(next)) {
      startSideTurn(ctx, next);
      return;
    }
  }
  finish(ctx, { winner: null, reason: 'No side is left that can act.' });
}
