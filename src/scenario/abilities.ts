// Abilities as the engine receives them: every default written out, and the checks the schema
// cannot express (a damage range that runs backwards, a spawn of a unit type nobody defined).
import type { AbilityDef, Effect } from '../engine/types';
import { didYouMean, type PathStep } from './errors';
import type { Reporter } from './report';

/** The ability with the defaults types.ts documents filled in; `accuracy` stays absent (always lands). */
export function withAbilityDefaults(def: AbilityDef): AbilityDef {
  return {
    ...def,
    ap: def.ap ?? 1,
    endsTurn: def.endsTurn ?? true,
    cooldown: def.cooldown ?? 0,
    range: def.range ?? 1,
    minRange: def.minRange ?? (def.target === 'self' ? 0 : 1),
    los: def.los ?? true,
    area: def.area ?? { shape: 'single' },
    friendlyFire: def.friendlyFire ?? false,
    charged: def.charged ?? false,
  };
}

/** What an ability may name: unit type ids always, side ids when the file has sides (not the roster). */
export interface AbilityNames {
  unitTypes: ReadonlySet<string>;
  sides?: ReadonlySet<string>;
}

export function checkAbility(def: AbilityDef, path: readonly PathStep[], names: AbilityNames, report: Reporter): void {
  if (def.minRange !== undefined && def.range !== undefined && def.minRange > def.range) {
    report('bad-range', [...path, 'minRange'], `minRange ${def.minRange} is more than range ${def.range}`);
  }
  def.filter?.types?.forEach((type, i) => checkUnitType(type, [...path, 'filter', 'types', i], names, report));
  def.effects.forEach((effect, i) => checkEffect(effect, [...path, 'effects', i], names, report));
}

function checkEffect(effect: Effect, path: PathStep[], names: AbilityNames, report: Reporter): void {
  if (effect.type === 'damage' && effect.min > effect.max) {
    report('bad-range', [...path, 'min'], `min ${effect.min} is more than max ${effect.max}`);
  }
  if (effect.type === 'spawn') checkUnitType(effect.unitType, [...path, 'unitType'], names, report);
  if (effect.type === 'transform') checkUnitType(effect.into, [...path, 'into'], names, report);
  if ('side' in effect && effect.side !== undefined && names.sides && !names.sides.has(effect.side)) {
    report('unknown-side', [...path, 'side'], `unknown side '${effect.side}'${didYouMean(effect.side, names.sides)}`);
  }
}

function checkUnitType(type: string, path: PathStep[], names: AbilityNames, report: Reporter): void {
  if (!names.unitTypes.has(type)) report('unknown-unit-type', path, `unknown unit type '${type}'${didYouMean(type, names.unitTypes)}`);
}
