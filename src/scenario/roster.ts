// The roster (scenarios/roster.json): unit types and abilities every scenario may use by id.
import type { AbilityDef, UnitType } from '../engine/types';
import rosterData from '../../scenarios/roster.json';
import { checkAbility, withAbilityDefaults } from './abilities';
import { didYouMean, formatScenarioError, fromJsonProblem, resetSuggestions, type PendingError, type ScenarioError } from './errors';
import type { RosterFile } from './format';
import { exactNodeAt, parseJsonDocument, type JsonNode } from './json-document';
import { locateErrors } from './locate';
import { collector, present, type Reporter } from './report';
import { SCENARIO_SCHEMA } from './schema';
import { checkAgainstSchema, INVALID } from './schema-check';
import { resolveUnitTypes } from './unit-types';

/** The roster resolved: abilities with their defaults, unit types complete. Keys are ids. */
export interface Roster {
  abilities: Record<string, AbilityDef>;
  unitTypes: Record<string, UnitType>;
}

export type RosterResult = { ok: true; roster: Roster } | { ok: false; errors: ScenarioError[] };

export const EMPTY_ROSTER: Roster = { abilities: {}, unitTypes: {} };

/** Shared abilities by id, in file order; a repeated id is an error (the first one stays). */
export function sharedAbilities(
  list: readonly (AbilityDef | undefined)[] | undefined,
  path: readonly (string | number)[],
  report: Reporter,
  inherited: ReadonlyMap<string, AbilityDef> = new Map(),
): Map<string, AbilityDef> {
  const out = new Map(inherited);
  const own = new Map<string, number>();
  for (const [ability, i] of present(list)) {
    if (own.has(ability.id)) {
      report('duplicate-id', [...path, i, 'id'], `the ability id '${ability.id}' is already used by ${path.join('.')}[${own.get(ability.id)}]`);
      continue;
    }
    own.set(ability.id, i);
    out.set(ability.id, withAbilityDefaults(ability));
  }
  return out;
}

export function parseRoster(text: string, file = 'scenarios/roster.json'): RosterResult {
  resetSuggestions();
  const document = parseJsonDocument(text);
  const pending: PendingError[] = document.problems.map(fromJsonProblem);
  const report = collector(pending);
  let roster: Roster | null = null;
  if (document.root) {
    const checked = checkAgainstSchema(SCENARIO_SCHEMA, 'roster', document.root, pending);
    if (checked !== INVALID) roster = resolveRoster(checked as RosterFile, document.root, report);
  }
  if (pending.length || !roster) return { ok: false, errors: locateErrors(pending, document.root, file) };
  return { ok: true, roster };
}

function resolveRoster(file: RosterFile, root: JsonNode, report: Reporter): Roster {
  const abilities = sharedAbilities(file.abilities, ['abilities'], report);
  const typeIds = new Set(present(file.unitTypes).map(([t]) => t.id));
  for (const [ability, i] of present(file.abilities)) checkAbility(ability, ['abilities', i], { unitTypes: typeIds }, report);
  const given = (path: readonly (string | number)[], key: string) => exactNodeAt(root, [...path, key]) !== undefined;
  const types = resolveUnitTypes(file.unitTypes, ['unitTypes'], { baseTypes: new Map(), abilities, names: { unitTypes: typeIds }, report, given });
  for (const [type, i] of present(file.unitTypes)) {
    type.upload?.into.forEach((into, j) => {
      if (!typeIds.has(into)) report('unknown-unit-type', ['unitTypes', i, 'upload', 'into', j], `unknown unit type '${into}'${didYouMean(into, typeIds)}`);
    });
  }
  return { abilities: Object.fromEntries(abilities), unitTypes: Object.fromEntries(types) };
}

let cachedDefault: RosterResult | undefined;

/**
 * The shipped roster, parsed once; its errors if the file is broken. It arrives as imported JSON
 * (the same import works in Vite, Vitest and tsx), so its errors carry the JSON path but no line;
 * tests/scenario parses the file's own text with parseRoster to point at lines.
 */
export function defaultRosterResult(): RosterResult {
  if (!cachedDefault) {
    const parsed = parseRoster(JSON.stringify(rosterData));
    cachedDefault = parsed.ok ? parsed : { ok: false, errors: parsed.errors.map((e) => ({ ...e, line: 0, column: 0 })) };
  }
  return cachedDefault;
}

/** The shipped roster. A broken roster.json is a bug in the game's own data, so this throws. */
export function defaultRoster(): Roster {
  const result = defaultRosterResult();
  if (!result.ok) throw new Error(`scenarios/roster.json is invalid:\n${result.errors.map((e) => formatScenarioError(e)).join('\n')}`);
  return result.roster;
}
