// How much a damage effect deals to a unit: the roll, the rage bonus and armour, as a distribution.
import { hasStatus, unitTypeOf } from './board';
import type { Effect, GameState, Unit } from './types';

type DamageEffect = Extract<Effect, { type: 'damage' }>;

/** Damage after armour for one raw roll; a landing hit deals at least 1 unless its minimum is 0. */
export function damageAfterArmour(state: GameState, caster: Unit, target: Unit, effect: DamageEffect, roll: number): number {
  const rage = hasStatus(caster, 'enraged') ? 2 : 0;
  const armour = effect.pierce ? 0 : unitTypeOf(state, target).armour;
  const floor = effect.min > 0 ? 1 : 0;
  return Math.max(floor, roll + rage - armour);
}

/** Each possible damage value with its probability (every raw roll equally likely). */
export function damageDistribution(state: GameState, caster: Unit, target: Unit, effect: DamageEffect): Map<number, number> {
  const outcomes = new Map<number, number>();
  const rolls = effect.max - effect.min + 1;
  for (let roll = effect.min; roll <= effect.max; roll++) {
    const value = damageAfterArmour(state, caster, target, effect, roll);
    outcomes.set(value, (outcomes.get(value) ?? 0) + 1 / rolls);
  }
  return outcomes;
}
