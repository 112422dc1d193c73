// The exact outcome of an action before it is taken: hit chances, damage ranges, the chance each
// target is defeated, and where pushes send them. Draws no random number.
import { unitById } from './board';
import { canCapture, guardianFor, pushSource } from './abilities';
import { checkAction, findAbility } from './apply';
import { damageDistribution } from './damage';
import { reachTo } from './movement';
import { pushDirection, tracePush } from './push';
import { hitChance } from './sight';
import { abilityTiles, affectedUnits } from './targeting';
import type { AbilityDef, Action, GameState, Pos, PreviewResult, TargetPreview, Unit } from './types';

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

function targetPreview(state: GameState, caster: Unit, ability: AbilityDef, target: Unit, at: Pos): TargetPreview {
  const chance = hitChance(state, caster, ability, target) / 100;
  const hasDamage = ability.effects.some((e) => e.type === 'damage');
  const damage = totalDamage(state, caster, target, ability);
  const pushEffect = ability.effects.find((e) => e.type === 'push');
  const push = pushEffect?.type === 'push'
    ? tracePush(state, target, pushDirection(pushSource(ability, caster, target, at), target), pushEffect.distance)
    : null;
  const bump = push && push.blockedBy && pushEffect?.type === 'push' && pushEffect.distance > 0 ? 1 : 0;
  const shield = target.statuses.find((s) => s.id === 'shielded')?.amount ?? 0;
  const capture = ability.effects.find((e) => e.type === 'capture');
  let defeatIfHit = 0;
  if (push?.lethal || (capture?.type === 'capture' && canCapture(state, target, capture.maxHpPercent))) defeatIfHit = 1;
  else for (const [value, p] of damage) if (value + bump >= target.hp + shield) defeatIfHit += p;
  const values = [...damage.keys()];
  return {
    unit: target.id,
    hitChance: chance,
    damage: hasDamage ? { min: Math.min(...values), max: Math.max(...values) } : null,
    defeatChance: chance * Math.min(1, defeatIfHit),
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
