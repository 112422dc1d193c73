// The published schema is what `npm run schema` writes, covers every engine tuple, describes every
// field, and (checked by the compiler through `fields<T>()`) names exactly the TypeScript fields.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AI_BEHAVIOURS, AREA_SHAPES, EFFECT_TYPES, OBJECTIVE_TYPES, STATUSES, TARGET_KINDS, TERRAINS, TRIGGER_ACTIONS, TRIGGER_EVENTS,
} from '../../src/engine/types';
import { SCENARIO_SCHEMA, schemaText } from '../../src/scenario';
import type { Schema } from '../../src/scenario/schema-builders';
import { ENGINE_TYPES, FORMAT_TYPES, interfaceKeys, unionBranches } from './type-source';

const defs = SCENARIO_SCHEMA.$defs;
const deref = (s: Schema): Schema => (s.$ref ? defs[s.$ref.replace('#/$defs/', '')] : s);

/** Every schema node with the path it is at. */
function* walk(schema: Schema, at: string): Generator<[string, Schema]> {
  yield [at, schema];
  for (const [key, sub] of Object.entries(schema.properties ?? {})) yield* walk(sub, `${at}.${key}`);
  if (schema.items) yield* walk(schema.items, `${at}[]`);
  if (typeof schema.additionalProperties === 'object') yield* walk(schema.additionalProperties, `${at}{}`);
  for (const [i, branch] of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].entries()) yield* walk(branch, `${at}|${i}`);
}
const allNodes = () => Object.entries(defs).flatMap(([name, def]) => [...walk(def, name)]);

const constsOf = (def: string, key: string) => defs[def].oneOf!.map((b) => deref(b).properties![key].const);

describe('scenarios/schema.json', () => {
  it('is exactly what npm run schema writes (run it after changing src/scenario)', () => {
    const onDisk = readFileSync(new URL('../../scenarios/schema.json', import.meta.url), 'utf8');
    expect(onDisk).toBe(schemaText());
  });

  it('is a draft 2020-12 schema for scenarios and the roster', () => {
    expect(SCENARIO_SCHEMA.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(SCENARIO_SCHEMA.anyOf).toEqual([{ $ref: '#/$defs/scenario' }, { $ref: '#/$defs/roster' }]);
  });

  it.each([
    ['effect', 'type', EFFECT_TYPES],
    ['objective', 'type', OBJECTIVE_TYPES],
    ['triggerWhen', 'event', TRIGGER_EVENTS],
    ['triggerDo', 'do', TRIGGER_ACTIONS],
  ] as const)('%s has one branch per engine %s, in the engine\'s order', (def, key, tuple) => {
    expect(constsOf(def, key)).toEqual([...tuple]);
  });

  it.each([
    ['map.legend{}', TERRAINS],
    ['ability.target', TARGET_KINDS],
    ['abilityArea.shape', AREA_SHAPES],
    ['aiBehaviour.behaviour', AI_BEHAVIOURS],
    ['statusInstance.id', STATUSES],
  ] as const)('%s lists the engine tuple', (at, tuple) => {
    const node = new Map(allNodes()).get(at);
    expect(node?.enum).toEqual([...tuple]);
  });

  it('every $ref points at a definition', () => {
    const refs = allNodes().flatMap(([, s]) => (s.$ref ? [s.$ref] : []));
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) expect(defs[ref.replace('#/$defs/', '')], ref).toBeDefined();
  });

  it('every field and definition has a description (the modding reference is generated from them)', () => {
    const undescribed = allNodes()
      .filter(([at, s]) => !deref(s).description && !/\|\d+$/.test(at) && !at.endsWith('{}') && !at.endsWith('[]'))
      .map(([at]) => at);
    expect(undescribed).toEqual([]);
  });

  it('objects are closed and require only fields they define', () => {
    for (const [at, s] of allNodes()) {
      if (s.type !== 'object' || !s.properties) continue;
      expect(s.additionalProperties, at).toBe(false);
      for (const key of s.required ?? []) expect(Object.keys(s.properties), at).toContain(key);
    }
  });

  it('names the fields of the TypeScript types (spot checks; the compiler checks the rest)', () => {
    expect(Object.keys(defs.unit.properties!)).toEqual(['id', 'type', 'side', 'x', 'y', 'name', 'hp', 'statuses']);
    expect(defs.unit.required).toEqual(['id', 'type', 'side', 'x', 'y']);
    expect(defs.rosterUnitType.required).toEqual(['id', 'name', 'tags', 'hp', 'armour', 'defence', 'move', 'ap', 'abilities']);
    expect(defs.unitType.required).toEqual(['id']);
    expect(defs.scenario.required).toEqual(['id', 'name', 'briefing', 'debrief', 'turnLimit', 'map', 'sides', 'units', 'objectives']);
  });

  it('caps the sizes the brief demands', () => {
    const scenario = defs.scenario.properties!;
    expect([scenario.units.maxItems, scenario.triggers.maxItems, scenario.objectives.maxItems]).toEqual([512, 256, 64]);
    expect(defs.map.properties!.rows.maxItems).toBe(128);
    expect(defs.map.properties!.rows.items!.maxLength).toBe(128);
  });
});

describe('the schema follows the TypeScript sources', () => {
  const sorted = (keys: Iterable<string>) => [...new Set(keys)].sort();
  const props = (def: string) => sorted(Object.keys(deref(defs[def]).properties ?? {}));

  it.each([
    [ENGINE_TYPES, 'AbilityDef', 'ability'],
    [ENGINE_TYPES, 'AreaDef', 'abilityArea'],
    [ENGINE_TYPES, 'TargetFilter', 'targetFilter'],
    [ENGINE_TYPES, 'UploadRule', 'upload'],
    [ENGINE_TYPES, 'StatusInstance', 'statusInstance'],
    [ENGINE_TYPES, 'AiBehaviour', 'aiBehaviour'],
    [ENGINE_TYPES, 'AiSettings', 'ai'],
    [ENGINE_TYPES, 'SideDef', 'side'],
    [ENGINE_TYPES, 'TriggerDef', 'trigger'],
    [ENGINE_TYPES, 'UnitSelector', 'unitSelector'],
    [ENGINE_TYPES, 'Pos', 'pos'],
    [FORMAT_TYPES, 'MapFile', 'map'],
    [FORMAT_TYPES, 'UnitTypeFile', 'unitType'],
    [FORMAT_TYPES, 'UnitTypeFile', 'rosterUnitType'],
    [FORMAT_TYPES, 'UnitFile', 'unit'],
    [FORMAT_TYPES, 'ItemFile', 'item'],
    [FORMAT_TYPES, 'ScenarioFile', 'scenario'],
    [FORMAT_TYPES, 'RosterFile', 'roster'],
  ])('%#: interface %s ↔ $defs.%s', (source, name, def) => {
    expect(props(def)).toEqual(sorted(interfaceKeys(source, name)));
  });

  it.each([
    ['UnitType', 'unitType'],
    ['UnitPlacement', 'unit'],
    ['ItemDef', 'item'],
  ])('every field of the engine\'s %s can be written in $defs.%s', (name, def) => {
    const missing = interfaceKeys(ENGINE_TYPES, name).filter((key) => !props(def).includes(key));
    expect(missing).toEqual([]);
  });

  it.each([
    ['Effect', 'type', 'effect', []],
    ['ObjectiveDef', 'type', 'objective', interfaceKeys(ENGINE_TYPES, 'ObjectiveBase')],
    ['TriggerWhen', 'event', 'triggerWhen', []],
    ['TriggerDo', 'do', 'triggerDo', []],
  ] as const)('each branch of the union %s has the same fields as $defs.%s', (typeName, tag, def, shared) => {
    const fromSource = unionBranches(ENGINE_TYPES, typeName, tag);
    const fromSchema = new Map(defs[def].oneOf!.map((b) => [deref(b).properties![tag].const!, props2(deref(b))]));
    expect([...fromSchema.keys()]).toEqual([...fromSource.keys()]);
    for (const [branch, keys] of fromSource) expect(fromSchema.get(branch), branch).toEqual(sorted([...keys, ...shared]));
  });

  function props2(s: Schema): string[] {
    return sorted(Object.keys(s.properties ?? {}));
  }
});
