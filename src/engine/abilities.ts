// Using an ability: aim, roll to hit each affected unit, then run its effects in order.
import { chebyshev, hasStatus, isFreeFor, isHostile, standingUnits, unitTypeOf } from './board';
import { emit, type Ctx } from './context';
import { damageAfterArmour } from './damage';
import { setTerrain, wreckTile } from './landscape';
import { pushDirection, pushUnit } from './push';
import { drawInt, drawPercent } from './rng';
import { hitChance } from './sight';
import { affectedUnits } from './targeting';
import {
  applyStatus, arrive, changeSide, dealDamage, defeat, dropCarried, heal, pickUp, removeStatus,
  spawnUnit, transform,
} from './units';
import type { AbilityDef, Effect, GameState, Pos, Unit } from './types';

const UNIT_EFFECTS = new Set<Effect['type']>([
  'damage', 'push', 'heal', 'shield', 'status', 'cleanse', 'changeSide', 'capture', 'transform',
]);

export const isUnitEffect = (effect: Effect): boolean => UNIT_EFFECTS.has(effect.type);

/**
 * Quicksilver's rule: a single-target attack on a unit with a guarding ally beside it strikes the
 * guardian instead (the lowest id when several guard).
 */
export function guardianFor(state: GameState, caster: Unit, ability: AbilityDef, targets: Unit[]): Unit | null {
  if ((ability.area?.shape ?? 'single') !== 'single' || targets.length !== 1) return null;
  const target = targets[0];
  if (!isHostile(state, caster.side, target.side)) return null;
  return standingUnits(state)
    .filter((u) => u !== target && u.side === target.side && hasStatus(u, 'guarding') && chebyshev(u, target) <= 1)
    .sort((a, b) => (a.id < b.id ? -1 : 1))[0] ?? null;
}

/** Aim now: a charged ability only marks its tiles; anything else resolves at once. */
export function useAbility(ctx: Ctx, caster: Unit, ability: AbilityDef, at: Pos, tiles: Pos[]): void {
  emit(ctx, { type: 'abilityUsed', unit: caster.id, ability: ability.id, target: { x: at.x, y: at.y }, tiles });
  if (ability.charged) {
    ctx.state.charges.push({ unit: caster.id, ability: ability.id, target: { x: at.x, y: at.y }, tiles, side: caster.side });
    emit(ctx, { type: 'charged', unit: caster.id, ability: ability.id, tiles });
    return;
  }
  resolveAbility(ctx, caster, ability, at, tiles);
}

export function resolveAbility(ctx: Ctx, caster: Unit, ability: AbilityDef, at: Pos, tiles: Pos[]): void {
  const { state } = ctx;
  let targets = affectedUnits(state, caster, ability, at, tiles);
  const guardian = guardianFor(state, caster, ability, targets);
  if (guardian) {
    removeStatus(ctx, guardian, 'guarding');
    targets = [guardian];
  }
  const landed = targets.filter((target) => rollToHit(ctx, caster, ability, target));
  if (ability.effects.some((e) => e.type === 'damage')) removeStatus(ctx, caster, 'stealthed');
  const firstEvent = ctx.events.length;
  for (const effect of ability.effects) {
    if (isUnitEffect(effect)) {
      // A target killed by an earlier effect is done with, even when its mind escaped into a new body.
      for (const target of landed) if (!uploadedSince(ctx, firstEvent, target)) applyUnitEffect(ctx, caster, ability, effect, target, at);
    } else {
      applyCasterEffect(ctx, caster, effect, at, tiles, landed);
    }
  }
}

function uploadedSince(ctx: Ctx, from: number, unit: Unit): boolean {
  for (let i = from; i < ctx.events.length; i++) {
    const e = ctx.events[i];
    if (e.type === 'uploaded' && e.unit === unit.id) return true;
  }
  return false;
}

function rollToHit(ctx: Ctx, caster: Unit, ability: AbilityDef, target: Unit): boolean {
  if (ability.accuracy === undefined) return true;
  const chance = hitChance(ctx.state, caster, ability, target);
  const hit = drawPercent(ctx.state, chance);
  emit(ctx, { type: 'attackRolled', unit: caster.id, target: target.id, chance, hit });
  return hit;
}

/** Where a push on this unit comes from: a blast's centre, otherwise the caster. */
export function pushSource(ability: AbilityDef, caster: Unit, target: Unit, at: Pos): Pos {
  const fromCentre = ability.area?.shape === 'blast' && !(target.x === at.x && target.y === at.y);
  return fromCentre ? at : caster;
}

function applyUnitEffect(ctx: Ctx, caster: Unit, ability: AbilityDef, effect: Effect, target: Unit, at: Pos): void {
  if (target.out !== null) return;
  const { state } = ctx;
  switch (effect.type) {
    case 'damage': {
      const roll = drawInt(state, effect.min, effect.max);
      dealDamage(ctx, target, damageAfterArmour(state, caster, target, effect, roll));
      return;
    }
    case 'push':
      pushUnit(ctx, target, pushDirection(pushSource(ability, caster, target, at), target), effect.distance);
      return;
    case 'heal':
      heal(ctx, target, effect.amount);
      return;
    case 'shield':
      applyStatus(ctx, target, 'shielded', effect.turns, { amount: effect.amount });
      return;
    case 'status':
      applyStatus(ctx, target, effect.status, effect.turns, effect.side ? { side: effect.side } : {});
      return;
    case 'cleanse':
      for (const status of effect.statuses) removeStatus(ctx, target, status);
      return;
    case 'changeSide':
      changeSide(ctx, target, effect.side ?? caster.side, effect.turns);
      return;
    case 'capture':
      if (canCapture(state, target, effect.maxHpPercent)) defeat(ctx, target, 'captured');
      return;
    case 'transform':
      transform(ctx, target, effect.into);
      return;
  }
}

export function canCapture(state: GameState, target: Unit, maxHpPercent: number): boolean {
  const max = unitTypeOf(state, target).hp;
  return target.hp * 100 <= maxHpPercent * max || hasStatus(target, 'stunned') || hasStatus(target, 'hexed');
}

function applyCasterEffect(ctx: Ctx, caster: Unit, effect: Effect, at: Pos, tiles: Pos[], landed: Unit[]): void {
  const { state } = ctx;
  if (caster.out !== null && effect.type !== 'terrain' && effect.type !== 'wreck') return;
  switch (effect.type) {
    case 'dash':
      dash(ctx, caster, at);
      return;
    case 'teleport':
      teleport(ctx, caster, at);
      return;
    case 'spawn':
      spawnUnit(ctx, effect.unitType, effect.side ?? caster.side, at);
      return;
    case 'pickup': {
      const lying = state.items.find((i) => i.carrier === null && i.x === at.x && i.y === at.y);
      const holder = state.units.find((u) => u.out === null && u.x === at.x && u.y === at.y && u.carrying);
      // Taking what a unit carries is an effect on that unit: only when the roll landed on it.
      const reached = holder && landed.some((u) => u.id === holder.id) ? holder : undefined;
      const item = lying?.id ?? reached?.carrying;
      if (item) pickUp(ctx, caster, item);
      return;
    }
    case 'drop':
      dropCarried(ctx, caster, at);
      return;
    case 'terrain':
      for (const tile of tiles) setTerrain(ctx, tile, effect.into);
      return;
    case 'wreck':
      for (const tile of tiles) wreckTile(ctx, tile, effect.amount);
      return;
  }
}

/**
 * Straight at the target along the tiles of the line between them (as sight runs); stops on the last
 * free tile before anything in the way, and never goes past the target.
 */
function dash(ctx: Ctx, caster: Unit, at: Pos): void {
  const { state } = ctx;
  const from = { x: caster.x, y: caster.y };
  const steps = chebyshev(from, at);
  const flying = !!unitTypeOf(state, caster).flying;
  let end = from;
  for (let i = 1; i <= steps; i++) {
    const p = { x: Math.round(from.x + ((at.x - from.x) * i) / steps), y: Math.round(from.y + ((at.y - from.y) * i) / steps) };
    if (!isFreeFor(state, caster, p.x, p.y, flying)) break;
    end = p;
  }
  if (end === from) return;
  caster.x = end.x;
  caster.y = end.y;
  emit(ctx, { type: 'moved', unit: caster.id, path: [from, { x: end.x, y: end.y }] });
  arrive(ctx, caster);
}

function teleport(ctx: Ctx, caster: Unit, at: Pos): void {
  const flying = !!unitTypeOf(ctx.state, caster).flying;
  if (!isFreeFor(ctx.state, caster, at.x, at.y, flying)) return;
  const from = { x: caster.x, y: caster.y };
  caster.x = at.x;
  caster.y = at.y;
  emit(ctx, { type: 'teleported', unit: caster.id, from, to: { x: at.x, y: at.y } });
  arrive(ctx, caster);
}
