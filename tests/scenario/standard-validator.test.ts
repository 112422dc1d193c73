// The published schema as an editor sees it: a standard draft 2020-12 validator (ajv, a test-only
// dependency) accepts the schema itself, accepts every shipped file, and refuses the broken files
// whose problem is one a schema can express. The game itself validates with its own walker.
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { SCENARIO_SCHEMA } from '../../src/scenario';
import { BROKEN_CASES } from './broken-cases';

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(SCENARIO_SCHEMA);
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** Problems a JSON Schema can state: types, fields, ranges, values, formats, sizes. */
const SCHEMA_LEVEL = new Set(['wrong-type', 'unknown-field', 'missing-field', 'out-of-range', 'unknown-value', 'bad-format', 'empty', 'too-few', 'too-many', 'too-long']);

describe('scenarios/schema.json under a standard validator', () => {
  const shipped = [
    ...readdirSync(new URL('../../scenarios/', import.meta.url)).filter((f) => f.endsWith('.json') && f !== 'schema.json' && f !== 'campaign.json').map((f) => `../../scenarios/${f}`),
    ...readdirSync(new URL('../../scenarios/examples/', import.meta.url)).filter((f) => f.endsWith('.json')).map((f) => `../../scenarios/examples/${f}`),
    './fixtures/base.json',
    './fixtures/test-roster.json',
  ];

  it.each(shipped)('accepts %s', (path) => {
    validate(JSON.parse(read(path)));
    expect(validate.errors ?? []).toEqual([]);
  });

  // These share a code with schema problems but need more than one field to see: a unit's hp against
  // its type's, a new type's missing hp (one that extends or overrides another may omit it), rounds
  // past the turn limit, a controlled status without its side.
  const crossChecks = [
    '21-new-type-missing-hp.json', '24-out-of-range-unit-hp.json', '58-trigger-after-turn-limit.json',
    '59-survive-past-turn-limit.json', '60-controlled-without-side.json',
  ];
  const refusable = BROKEN_CASES.filter((c) => SCHEMA_LEVEL.has(c.code) && !crossChecks.includes(c.file));
  it.each(refusable)('refuses broken/$file ($code)', ({ file }) => {
    expect(validate(JSON.parse(read(`./broken/${file}`)))).toBe(false);
  });
});
