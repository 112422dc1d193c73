// The exact outcome of an action before it is taken: hit chances, damage ranges, the chance each
// target is defeated, and where pushes send them. Draws no random number.
import { hasStatus, unitById, unitTypeOf } from './board';
import { guardianFor, pushSource } from './abilities';
import { checkAction, findAbility } from './apply';
import { damageDistribution } from './damage';
import { reachTo } from './movement';
import { pushDirection, tracePush, type PushOutcome } from './push';
import { hitChance } from './sight';
import { abilityTiles, affectedUnits } from './targeting';
import { uploadPlan } from './units';
import type { AbilityDef, Action, GameState, Pos, PreviewResult, StatusId, TargetPreview, Unit } from './types';

/** The distribution of the sum of every damage effect the target would take. */
function totalDamage(state: GameState, caster: Unit, target: Unit, ability: AbilityDef): Map<number, number> {
  let total = new Map<number, number>([[0, 1]]);
  for (const effect of ability.effects) {
    if (effect.type !== 'damage') continue;
    const next = new Map<number, number>();
    for (const [sum, p] of total) {
      for (const [value, q] of damageDistribution(state, caster, target, effect)) {
        next.set(sum + value, (next.get(sum + value) ?? 0) + p * q);
      }
    }
    total = next;
  }
  return total;
}

/**
 * The chance a landed hit takes the target out of the battle, walking its effects in order: damage
 * adds up (a bump too), a stun or hex makes a later capture certain, a capture judges the hp left
 * at that point, and a kill that Ultron's mind would escape from does not count.
 */
function defeatIfHit(state: GameState, caster: Unit, ability: AbilityDef, target: Unit, push: PushOutcome | null): number {
  const type = unitTypeOf(state, target);
  const shield = target.statuses.find((s) => s.id === 'shielded')?.amount ?? 0;
  const plan = uploadPlan(state, target);
  const killCounts = !plan.body || plan.blocker !== null;
  let dealt = new Map<number, number>([[0, 1]]);
  const disabling = new Set<StatusId>((['stunned', 'hexed'] as const).filter((id) => hasStatus(target, id)));
  let captured = 0;
  const hpAfter = (raw: number) => target.hp - Math.max(0, raw - shield);
  for (const effect of ability.effects) {
    if (effect.type === 'damage') dealt = addDamage(dealt, damageDistribution(state, caster, target, effect));
    else if (effect.type === 'push' && push?.lethal) return 1; // it falls, whatever came before
    else if (effect.type === 'push' && push?.blockedBy && effect.distance > 0) dealt = addDamage(dealt, new Map([[1, 1]]));
    else if (effect.type === 'status' && (effect.status === 'stunned' || effect.status === 'hexed')) disabling.add(effect.status);
    else if (effect.type === 'cleanse') effect.statuses.forEach((id) => disabling.delete(id));
    else if (effect.type === 'capture') {
      for (const [raw, p] of dealt) {
        const hp = hpAfter(raw);
        if (hp > 0 && (disabling.size > 0 || hp * 100 <= effect.maxHpPercent * type.hp)) {
          captured += p;
          dealt.delete(raw);
        }
      }
    }
  }
  let killed = 0;
  for (const [raw, p] of dealt) if (hpAfter(raw) <= 0) killed += p;
  return captured + (killCounts ? killed : 0);
}

function addDamage(total: Map<number, number>, step: Map<number, number>): Map<number, number> {
  const next = new Map<number, number>();
  for (const [sum, p] of total) for (const [value, q] of step) next.set(sum + value, (next.get(sum + value) ?? 0) + p * q);
  return next;
}

function targetPreview(state: GameState, caster: Unit, ability: AbilityDef, target: Unit, at: Pos): TargetPreview {
  const chance = hitChance(state, caster, ability, target) / 100;
  const hasDamage = ability.effects.some((e) => e.type === 'damage');
  const damage = totalDamage(state, caster, target, ability);
  const pushEffect = ability.effects.find((e) => e.type === 'push');
  const push = pushEffect?.type === 'push'
    ? tracePush(state, target, pushDirection(pushSource(ability, caster, target, at), target), pushEffect.distance)
    : null;
  const values = [...damage.keys()];
  return {
    unit: target.id,
    hitChance: chance,
    damage: hasDamage ? { min: Math.min(...values), max: Math.max(...values) } : null,
    defeatChance: chance * Math.min(1, defeatIfHit(state, caster, ability, target, push)),
    push: push ? { to: push.to, blockedBy: push.blockedBy, lethal: push.lethal } : null,
    statuses: ability.effects.flatMap((e) => (e.type === 'status' ? [e.status] : e.type === 'shield' ? ['shielded' as const] : [])),
  };
}

export function preview(state: GameState, action: Action): PreviewResult {
  const error = checkAction(state, action);
  if (error) return { ok: false, error };
  if (action.type === 'endTurn') return { ok: true, preview: { action, tiles: [], targets: [], charged: false } };
  const unit = unitById(state, action.unit)!;
  if (action.type === 'move') {
    const reach = reachTo(state, unit, action.to)!;
    return { ok: true, preview: { action, path: reach.path, cost: reach.cost, tiles: [reach.to], targets: [], charged: false } };
  }
  const ability = findAbility(state, unit, action.ability)!;
  const tiles = abilityTiles(state, unit, ability, action.target);
  let targets = affectedUnits(state, unit, ability, action.target, tiles);
  const guardian = guardianFor(state, unit, ability, targets);
  if (guardian) targets = [guardian];
  return {
    ok: true,
    preview: {
      action,
      tiles,
      targets: targets.map((t) => targetPreview(state, unit, ability, t, action.target)),
      charged: !!ability.charged,
    },
  };
}

/** Max damage the unit's abilities could deal to a target in one hit (for threat maps). */
export function maxDamage(state: GameState, caster: Unit, target: Unit, ability: AbilityDef): number {
  return Math.max(0, ...totalDamage(state, caster, target, ability).keys());
}
