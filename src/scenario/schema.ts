// The scenario JSON Schema (draft 2020-12), built from the TypeScript types and the engine's const
// tuples. `npm run schema` writes it to scenarios/schema.json for editors; the parser validates with
// the same object, so the published schema and the checks cannot disagree.
import { ABILITY_DEFS, unitTypeSchema } from './schema-abilities';
import type { Schema } from './schema-builders';
import { rosterFileSchema, SCENARIO_DEFS, scenarioFileSchema } from './schema-scenario';
import { MAX_OBJECTIVES, MAX_TRIGGERS, MAX_UNITS } from './limits';

export interface RootSchema extends Schema {
  $schema: string;
  $id: string;
  $defs: Record<string, Schema>;
}

function buildSchema(): RootSchema {
  const parts: Record<string, Schema>[] = [
    { scenario: scenarioFileSchema(), roster: rosterFileSchema() },
    SCENARIO_DEFS,
    ABILITY_DEFS,
    { unitType: unitTypeSchema(false), rosterUnitType: unitTypeSchema(true) },
  ];
  const $defs: Record<string, Schema> = {};
  for (const part of parts) {
    for (const [name, def] of Object.entries(part)) {
      // Two definitions under one name would silently validate against the wrong one.
      if (name in $defs) throw new Error(`schema: the definition '${name}' is defined twice`);
      $defs[name] = def;
    }
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://ultron-offensive.invalid/scenarios/schema.json',
    title: 'Ultron Offensive scenario or roster',
    description: `A scenario file (one battle; at most ${MAX_UNITS} units, ${MAX_TRIGGERS} triggers, ${MAX_OBJECTIVES} objectives) or the shared roster of unit types and abilities.`,
    anyOf: [{ $ref: '#/$defs/scenario' }, { $ref: '#/$defs/roster' }],
    $defs,
  };
}

export const SCENARIO_SCHEMA: RootSchema = buildSchema();

/** The text of scenarios/schema.json: what `npm run schema` writes and the drift test compares. */
export function schemaText(): string {
  return `${JSON.stringify(SCENARIO_SCHEMA, null, 2)}\n`;
}
