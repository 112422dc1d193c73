// Property: on any small change to a valid file, the parser's schema walker and a standard 2020-12
// validator (ajv) agree on whether the schema holds. So the walker checks exactly what editors show.
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PendingError } from '../../src/scenario/errors';
import { parseJsonDocument } from '../../src/scenario/json-document';
import { SCENARIO_SCHEMA } from '../../src/scenario/schema';
import { checkAgainstSchema } from '../../src/scenario/schema-check';
import { parseScenario } from '../../src/scenario';
import { fixture, testRoster } from './test-roster';

const roster = testRoster();

const validate = new Ajv2020({ strict: true }).compile({ ...SCENARIO_SCHEMA, anyOf: undefined, $ref: '#/$defs/scenario' });
const BASES: [string, unknown][] = [
  ['the test base file', JSON.parse(fixture('fixtures/base.json'))],
  ['the first-contact example', JSON.parse(fixture('../../scenarios/examples/first-contact.json'))],
];

type Path = (string | number)[];
function paths(value: unknown, at: Path = []): Path[] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => paths(v, [...at, i])));
  if (value && typeof value === 'object') return here.concat(...Object.entries(value).map(([k, v]) => paths(v, [...at, k])));
  return here;
}

/** Values near the valid ones: the words, numbers and shapes a modder's slip would produce. */
const WORDS = ['open', 'wall', 'stunned', 'damage', 'enemy', 'turnStart', 'message', 'blast', 'hunt', 'defeatAll', 'hero', 'cap', 'x y', '', '#fff', 'rect', 'tiles'];
const nearValue = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.integer({ min: -3, max: 200 }),
  fc.double({ min: -2, max: 2, noNaN: true }).filter((d) => !Object.is(d, -0)),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ x: 1, y: 1 }),
  fc.constant(['a']),
);

type Mutation = { kind: 'set' | 'delete' | 'add'; path: Path; value: unknown; key: string };
const mutationOf = (doc: unknown) => fc.record({
  kind: fc.constantFrom('set', 'set', 'delete', 'add') as fc.Arbitrary<Mutation['kind']>,
  path: fc.constantFrom(...paths(doc).filter((p) => p.length > 0)),
  value: nearValue,
  key: fc.constantFrom('hp', 'extra', 'type', 'side', 'turns', 'area', 'id', 'shape', 'size', 'amount'),
});

function mutate(doc: unknown, m: Mutation): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  // An earlier change may have removed the path: then this one does nothing.
  const parent = m.path.slice(0, -1).reduce<any>((node, step) => (node && typeof node === 'object' ? node[step] : undefined), copy);
  const last = m.path[m.path.length - 1];
  if (!parent || typeof parent !== 'object') return copy;
  if (m.kind === 'set') parent[last] = m.value;
  else if (m.kind === 'delete' && Array.isArray(parent)) parent.splice(last as number, 1);
  else if (m.kind === 'delete') delete parent[last];
  else if (parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last])) parent[last][m.key] = m.value;
  return copy;
}

function walkerErrors(doc: unknown): PendingError[] {
  const { root } = parseJsonDocument(JSON.stringify(doc));
  const errors: PendingError[] = [];
  checkAgainstSchema(SCENARIO_SCHEMA, 'scenario', root!, errors);
  return errors;
}

describe.each(BASES)('the schema walker and a standard validator agree on %s', (_name, base) => {
  it('unchanged', () => {
    expect(validate(base)).toBe(true);
    expect(walkerErrors(base)).toEqual([]);
  });

  it('after up to three random changes', () => {
    fc.assert(
      fc.property(fc.array(mutationOf(base), { minLength: 1, maxLength: 3 }), (mutations) => {
        const doc = mutations.reduce(mutate, base);
        const standard = validate(doc);
        const ours = walkerErrors(doc);
        expect({ valid: ours.length === 0, errors: ours.map((e) => `${e.code} ${e.path.join('.')}`) }).toMatchObject({ valid: standard });
        // The cross-checks after the schema run on what is left of a damaged file: they must not throw.
        const parsed = parseScenario(JSON.stringify(doc), { roster });
        if (!parsed.ok) expect(parsed.errors.every((e) => e.line > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
