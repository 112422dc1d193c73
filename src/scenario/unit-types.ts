// Unit types as the engine receives them: a file's types merged over the roster's by id (OpenXcom
// style), `extends` resolved (fields given replace the base's; an abilities list replaces the whole
// list), ability ids replaced by their definitions, and defaults written out.
import type { AbilityDef, UnitType } from '../engine/types';
import { checkAbility, withAbilityDefaults, type AbilityNames } from './abilities';
import { didYouMean, type PathStep } from './errors';
import type { UnitTypeFile } from './format';
import { present, type Reporter } from './report';

/** Fields a unit type must have when nothing gives it a base to copy. */
const NEW_TYPE_NEEDS = ['name', 'hp', 'move'] as const;

export interface TypeSources {
  /** Types that already exist (the roster's, when resolving a scenario's). */
  baseTypes: ReadonlyMap<string, UnitType>;
  /** Shared abilities by id, already with defaults. */
  abilities: ReadonlyMap<string, AbilityDef>;
  names: AbilityNames;
  report: Reporter;
  /** Whether the file wrote this field at all (a field the schema refused is not "missing"). */
  given: (path: readonly PathStep[], key: string) => boolean;
}

/** Resolves a list of unit type files (holes allowed) at `path`; the result holds base and new types. */
export function resolveUnitTypes(files: readonly (UnitTypeFile | undefined)[] | undefined, path: readonly PathStep[], sources: TypeSources): Map<string, UnitType> {
  const entries = present(files);
  const indexById = new Map<string, number>();
  for (const [file, i] of entries) {
    if (indexById.has(file.id)) sources.report('duplicate-id', [...path, i, 'id'], `the unit type id '${file.id}' is already used by ${describe(path, indexById.get(file.id)!)}`);
    else indexById.set(file.id, i);
  }
  const resolved = new Map<number, UnitType | null>();
  const visiting = new Set<number>();

  const resolveAt = (i: number): UnitType | null => {
    if (resolved.has(i)) return resolved.get(i)!;
    const file = files![i]!;
    const here = [...path, i];
    visiting.add(i);
    let base: UnitType | null | undefined;
    if (file.extends !== undefined) {
      const parent = file.extends !== file.id ? indexById.get(file.extends) : undefined;
      if (parent !== undefined && visiting.has(parent)) {
        sources.report('extends-cycle', [...here, 'extends'], `'${file.id}' extends '${file.extends}', which in turn extends '${file.id}'`);
        base = null;
      } else if (parent !== undefined) base = resolveAt(parent);
      else if (sources.baseTypes.has(file.extends)) base = sources.baseTypes.get(file.extends)!;
      else {
        const known = new Set([...sources.baseTypes.keys(), ...indexById.keys()]);
        sources.report('unknown-unit-type', [...here, 'extends'], `'${file.id}' extends an unknown unit type '${file.extends}'${didYouMean(file.extends, known)}`);
        base = null;
      }
    } else base = sources.baseTypes.get(file.id);
    const type = base === null ? null : merge(file, base, here, sources);
    visiting.delete(i);
    resolved.set(i, type);
    return type;
  };

  const out = new Map(sources.baseTypes);
  for (const [id, i] of indexById) {
    const type = resolveAt(i);
    if (type) out.set(id, type);
  }
  return out;
}

function describe(path: readonly PathStep[], i: number): string {
  return `${path.map(String).join('.')}[${i}]`;
}

function merge(file: UnitTypeFile, base: UnitType | undefined, path: PathStep[], sources: TypeSources): UnitType | null {
  if (!base) {
    const missing = NEW_TYPE_NEEDS.filter((key) => file[key] === undefined);
    // A field the schema already refused was reported there; the type is unusable but not missing it.
    if (missing.some((key) => sources.given(path, key))) return null;
    for (const key of missing) {
      sources.report('missing-field', path, `missing the field '${key}' (a new unit type needs it; or name a type to copy in 'extends')`);
    }
    if (missing.length) return null;
  }
  const abilities = file.abilities ? resolveAbilityList(file.abilities, [...path, 'abilities'], sources) : (base?.abilities ?? []);
  const given = Object.fromEntries(Object.entries(file).filter(([key, value]) => key !== 'extends' && key !== 'abilities' && value !== undefined));
  return {
    tags: [],
    armour: 0,
    defence: 0,
    ap: 2,
    flying: false,
    phasing: false,
    structure: false,
    ...base,
    ...(given as Partial<UnitType>),
    abilities,
  } as UnitType;
}

function resolveAbilityList(list: readonly (string | AbilityDef | undefined)[], path: PathStep[], sources: TypeSources): AbilityDef[] {
  const out: AbilityDef[] = [];
  const seen = new Set<string>();
  for (const [entry, i] of present(list)) {
    let ability: AbilityDef | undefined;
    if (typeof entry === 'string') {
      ability = sources.abilities.get(entry);
      if (!ability) sources.report('unknown-ability', [...path, i], `unknown ability '${entry}'${didYouMean(entry, sources.abilities.keys())}`);
    } else {
      checkAbility(entry, [...path, i], sources.names, sources.report);
      ability = withAbilityDefaults(entry);
    }
    if (!ability) continue;
    if (seen.has(ability.id)) sources.report('duplicate-id', [...path, i], `the ability '${ability.id}' is listed twice for this unit type`);
    seen.add(ability.id);
    out.push(ability);
  }
  return out;
}
