// parseScenario: scenario JSON text → the engine's Scenario, or every problem in the file at once,
// each located by line, column and JSON path. Stages: located JSON parse → schema check (types,
// fields, ranges) → resolution and cross-checks (map, unit types, references, placements).
import type { Scenario, UnitType } from '../engine/types';
import { checkAbility } from './abilities';
import { didYouMean, fromJsonProblem, resetSuggestions, type PendingError, type ScenarioError } from './errors';
import type { ScenarioFile } from './format';
import { exactNodeAt, parseJsonDocument, type JsonNode } from './json-document';
import { locateErrors } from './locate';
import { resolveAreas, resolveMap } from './map-check';
import { checkItems, checkSides, checkUnits, ScenarioNames } from './references';
import { collector, present, type Reporter } from './report';
import { defaultRosterResult, sharedAbilities, type Roster } from './roster';
import { SCENARIO_SCHEMA } from './schema';
import { checkAgainstSchema, INVALID } from './schema-check';
import { checkObjectives, checkTriggers, spawnedUnitIds } from './story-checks';
import { withTiledMap } from './tiled-scenario';
import { resolveUnitTypes } from './unit-types';

export interface ParseOptions {
  /** The file name errors carry (default '<scenario>'). */
  file?: string;
  /** The roster to resolve unit types and abilities against (default: scenarios/roster.json). */
  roster?: Roster;
  /** Texts of Tiled maps the scenario references (`"map": { "tiled": "maps/x.tmj" }`), by that reference. */
  tiledMaps?: Readonly<Record<string, string>>;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

export function parseScenario(text: string, options: ParseOptions = {}): ParseResult {
  const file = options.file ?? '<scenario>';
  if (typeof text !== 'string') {
    return { ok: false, errors: [{ code: 'wrong-type', file, line: 0, column: 0, path: '$', message: 'a scenario must be given as JSON text' }] };
  }
  let roster = options.roster;
  if (!roster) {
    const shipped = defaultRosterResult();
    if (!shipped.ok) return { ok: false, errors: shipped.errors };
    roster = shipped.roster;
  }
  resetSuggestions();
  const document = parseJsonDocument(text);
  const pending: PendingError[] = document.problems.map(fromJsonProblem);
  let scenario: Scenario | null = null;
  if (document.root) {
    const checked = checkAgainstSchema(SCENARIO_SCHEMA, 'scenario', document.root, pending);
    if (checked !== INVALID) scenario = resolveScenario(checked as Partial<ScenarioFile>, document.root, roster, collector(pending), options.tiledMaps);
  }
  if (pending.length > 0 || !scenario) return { ok: false, errors: locateErrors(pending, document.root, file) };
  return { ok: true, scenario };
}

/** Ids found in the raw document (even in entries the schema refused), so one broken entry does not
 * make every reference to it an error too. */
function rawIds(root: JsonNode, field: string): string[] {
  const list = root.kind === 'object' ? root.entries.get(field)?.value : undefined;
  if (list?.kind !== 'array') return [];
  return list.items.flatMap((item) => {
    const id = item.kind === 'object' ? item.entries.get('id')?.value : undefined;
    return id?.kind === 'string' ? [id.value] : [];
  });
}

function rawKeys(root: JsonNode, field: string): string[] {
  const record = root.kind === 'object' ? root.entries.get(field)?.value : undefined;
  return record?.kind === 'object' ? [...record.entries.keys()] : [];
}

function resolveScenario(checked: Partial<ScenarioFile>, root: JsonNode, roster: Roster, fileReport: Reporter, tiledMaps?: Readonly<Record<string, string>>): Scenario | null {
  // A Tiled map becomes rows, units and areas here; what it adds is reported at its Tiled object.
  const { file, report, unitIds: tiledUnits, areaNames: tiledAreas } = withTiledMap(checked, root, tiledMaps, fileReport);
  const locateRow = (field: 'rows' | 'elevation', row: number) => {
    const node = exactNodeAt(root, ['map', field, row]);
    return node?.kind === 'string' ? node : undefined;
  };
  const map = resolveMap(file.map && 'rows' in file.map ? file.map : undefined, locateRow, report);
  const areas = resolveAreas(file.areas, map, report);
  const sideIds = new Set(rawIds(root, 'sides'));
  const typeIds = new Set([...Object.keys(roster.unitTypes), ...rawIds(root, 'unitTypes')]);
  const abilityNames = { unitTypes: typeIds, sides: sideIds };
  const abilities = sharedAbilities(file.abilities, ['abilities'], report, new Map(Object.entries(roster.abilities)));
  for (const [ability, i] of present(file.abilities)) checkAbility(ability, ['abilities', i], abilityNames, report);
  const baseTypes = new Map(Object.entries(roster.unitTypes));
  const given = (path: readonly (string | number)[], key: string) => exactNodeAt(root, [...path, key]) !== undefined;
  const types = resolveUnitTypes(file.unitTypes, ['unitTypes'], { baseTypes, abilities, names: abilityNames, report, given });
  checkUploads(file, typeIds, report);

  const names = new ScenarioNames(report, map, types);
  for (const id of typeIds) names.ids.unitType.add(id);
  for (const id of sideIds) names.ids.side.add(id);
  for (const id of [...rawKeys(root, 'areas'), ...tiledAreas]) names.ids.area.add(id);
  for (const id of rawIds(root, 'objectives')) names.ids.objective.add(id);
  for (const id of rawIds(root, 'items')) names.ids.item.add(id);
  const startingUnits = new Set([...rawIds(root, 'units'), ...tiledUnits]);
  for (const id of startingUnits) names.ids.unit.add(id);
  for (const spawned of spawnedUnitIds(file.triggers)) {
    if (startingUnits.has(spawned.id)) report('duplicate-id', spawned.path, `the spawned unit's id '${spawned.id}' is already a unit's on the map`);
    names.ids.unit.add(spawned.id);
  }

  checkSides(file.sides, names);
  checkUnits(file.units, names);
  checkItems(file.items, startingUnits, names);
  checkObjectives(file.objectives, file.sides?.[0]?.id, file.turnLimit, names);
  checkTriggers(file.triggers, file.turnLimit, names);
  return map ? assemble(file, map, areas, types) : null;
}

function checkUploads(file: Partial<ScenarioFile>, typeIds: ReadonlySet<string>, report: Reporter): void {
  for (const [type, i] of present(file.unitTypes)) {
    type.upload?.into.forEach((into, j) => {
      if (!typeIds.has(into)) report('unknown-unit-type', ['unitTypes', i, 'upload', 'into', j], `unknown unit type '${into}'${didYouMean(into, typeIds)}`);
    });
  }
}

/** The engine's Scenario; only called on a file whose checks may still have failed, so the caller
 * discards it unless no problem was reported. */
function assemble(file: Partial<ScenarioFile>, map: NonNullable<ReturnType<typeof resolveMap>>, areas: Scenario['areas'], types: Map<string, UnitType>): Scenario | null {
  const { id, name, briefing, debrief, turnLimit, sides, units, objectives } = file;
  if (!id || !name || !briefing || !debrief || !turnLimit || !sides || !units || !objectives) return null;
  return {
    id,
    name,
    briefing,
    debrief,
    map,
    areas,
    sides,
    unitTypes: Object.fromEntries(types),
    units,
    items: file.items ?? [],
    objectives,
    triggers: file.triggers ?? [],
    turnLimit,
  };
}
