// Hostile input: huge, deep, numerous or prototype-polluting files are refused with a located error,
// quickly, and without throwing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioError } from '../../src/scenario';
import { fixture, testRoster } from './test-roster';

const roster = testRoster();
const base = () => JSON.parse(fixture('fixtures/base.json')) as Record<string, any>;
const unit = (i: number) => ({ id: `u${i}`, type: 'sentry', side: 'ultron', x: i % 100, y: Math.floor(i / 100) });

function refuse(text: string): { errors: ScenarioError[]; ms: number } {
  const start = performance.now();
  const parsed = parseScenario(text, { roster, file: 'hostile.json' });
  const ms = performance.now() - start;
  expect(parsed.ok).toBe(false);
  return { errors: parsed.ok ? [] : parsed.errors, ms };
}

const codesAt = (errors: ScenarioError[]) => errors.map((e) => `${e.code} ${e.path}`);

/** Generated cases: too big to keep as files. Each: the text, and one error it must contain. */
const CASES: [string, () => string, string][] = [
  ['a file over 2 MB', () => `{"id": "${'x'.repeat(2 * 1024 * 1024)}"}`, 'file-too-large $'],
  ['a file over 2 MB in UTF-8 but not in characters', () => `{"id": "${'é'.repeat(1024 * 1024 + 10)}"}`, 'file-too-large $'],
  ['513 units', () => JSON.stringify({ ...base(), map: { rows: Array(6).fill('.'.repeat(100)) }, units: Array.from({ length: 513 }, (_, i) => unit(i)) }), 'too-many $.units'],
  ['257 triggers', () => JSON.stringify({ ...base(), triggers: Array.from({ length: 257 }, (_, i) => ({ id: `t${i}`, when: { event: 'turnStart', turn: 1 }, do: [{ do: 'message', text: 'hi' }] })) }), 'too-many $.triggers'],
  ['65 objectives', () => JSON.stringify({ ...base(), objectives: Array.from({ length: 65 }, (_, i) => ({ id: `o${i}`, type: 'survive', turns: 3, text: 'Hold.' })) }), 'too-many $.objectives'],
  ['a map 129 rows high', () => JSON.stringify({ ...base(), map: { rows: Array(129).fill('......') } }), 'too-many $.map.rows'],
  ['a map 129 tiles wide', () => JSON.stringify({ ...base(), map: { rows: Array(4).fill('.'.repeat(129)) } }), 'too-long $.map.rows[0]'],
  ['100,000 nested lists', () => `{"id": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`, `json-too-deep $.id${'[0]'.repeat(64)}`],
  ['a million unclosed brackets', () => '['.repeat(1_000_000), `json-too-deep $${'[0]'.repeat(65)}`],
  ['a number with 5000 digits', () => JSON.stringify(base()).replace('"turnLimit":5', `"turnLimit":${'9'.repeat(5000)}`), 'number-too-large $.turnLimit'],
  ['a string of a million characters', () => JSON.stringify({ ...base(), briefing: 'x'.repeat(1_000_000) }), 'string-too-long $.briefing'],
  ['a name of 200 characters', () => JSON.stringify({ ...base(), name: 'n'.repeat(200) }), 'too-long $.name'],
  ['an id naming a prototype member', () => JSON.stringify(base()).replace('"id":"s1"', '"id":"constructor"'), 'bad-format $.units[2].id'],
  ['an area named __proto__', () => fixture('fixtures/base.json').replace('"areas": {', '"areas": { "__proto__": { "tiles": [{ "x": 0, "y": 0 }] },'), 'forbidden-key $.areas.__proto__'],
];

describe('hostile scenario input', () => {
  it.each(CASES)('%s is refused quickly with a located error', (_name, make, expected) => {
    const { errors, ms } = refuse(make());
    expect(codesAt(errors)).toContain(expected);
    expect(errors.every((e) => e.line > 0 && e.column > 0)).toBe(true);
    expect(ms).toBeLessThan(2000);
  });

  it('never lets a field reach Object.prototype', () => {
    const text = fixture('broken/06-proto-key.json').replace('"__proto__": { "hp": 99 }', '"__proto__": { "polluted": true }');
    refuse(text);
    refuse('{"constructor": {"prototype": {"polluted": true}}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a flood of problems in bounded time and caps the list', () => {
    const types = Array.from({ length: 254 }, (_, i) => ({ id: `t${i}`, name: 'T', hp: 1, move: 1, abilities: Array.from({ length: 32 }, (_, j) => `missing-${i}-${j}`) }));
    const { errors, ms } = refuse(JSON.stringify({ ...base(), unitTypes: [...base().unitTypes, ...types] }));
    expect(errors.length).toBe(201);
    expect(errors[200]).toMatchObject({ code: 'too-many-errors', message: `and ${254 * 32 - 200} more problems` });
    expect(errors.slice(0, 200).every((e) => e.code === 'unknown-ability')).toBe(true);
    expect(ms).toBeLessThan(3000);
  });

  it('takes time in proportion to the size of the file', () => {
    const many = (n: number) => JSON.stringify({ ...base(), units: Array.from({ length: n }, (_, i) => ({ ...unit(i), extra: [i, { i }] })) });
    // The fastest of a few runs: the machine is shared, and only the parser's own cost matters here.
    // Sizes stay small enough that the garbage collector's own growth does not blur the picture.
    const time = (text: string) => Math.min(...[0, 1, 2, 3, 4].map(() => {
      const start = performance.now();
      parseScenario(text, { roster });
      return performance.now() - start;
    }));
    time(many(1000)); // warm up the JIT
    const small = time(many(500));
    const large = time(many(4000));
    // Eight times the text: a linear parser takes about eight times as long; a quadratic one 64.
    expect(large / small).toBeLessThan(24);
  });

  // Shapes that make careless parsers quadratic; near the 2 MB limit that would take minutes.
  const NEAR_LIMIT: [string, () => string][] = [
    ['one object with 120,000 fields', () => `{${Array.from({ length: 120_000 }, (_, i) => `"f${i}":${i}`).join(',')}}`],
    ['a string of escapes', () => `{"briefing": "${'\\n'.repeat(900_000)}"}`],
    ['a list of 400,000 numbers', () => `{"briefing": [${Array.from({ length: 400_000 }, (_, i) => i % 10).join(',')}]}`],
    ['lines and lines of blanks', () => `{${'\n'.repeat(2_000_000)}}`],
    ['nesting 64 deep, again and again', () => `[${Array(5_000).fill(`${'['.repeat(63)}${']'.repeat(63)}`).join(',')}]`],
  ];

  // The bound is loose because the machine is shared; a quadratic parser would take minutes here.
  it.each(NEAR_LIMIT)('%s: refused within seconds', (_name, make) => {
    const text = make();
    expect(text.length).toBeLessThanOrEqual(2 * 1024 * 1024);
    const { errors, ms } = refuse(text);
    expect(errors.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(8000);
  }, 20_000);

  it('never throws on damaged text, and locates every error in it', () => {
    const text = fixture('fixtures/base.json');
    const edit = fc.record({ at: fc.nat({ max: text.length }), drop: fc.nat({ max: 6 }), insert: fc.string({ maxLength: 4 }) });
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
      const damaged = edits.reduce((t, e) => t.slice(0, e.at) + e.insert + t.slice(e.at + e.drop), text);
      const parsed = parseScenario(damaged, { roster, file: 'damaged.json' });
      if (parsed.ok) return;
      for (const e of parsed.errors) {
        expect(e.line).toBeGreaterThan(0);
        expect(e.column).toBeGreaterThan(0);
        expect(e.path.startsWith('$')).toBe(true);
        expect(e.message.length).toBeGreaterThan(0);
      }
    }), { numRuns: 300 });
  });

  it('survives input that is not text at all', () => {
    const parsed = parseScenario(42 as unknown as string, { roster });
    expect(parsed).toMatchObject({ ok: false, errors: [{ code: 'wrong-type', path: '$' }] });
  });
});
