import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/engine/types';
import { decodeReplay, encodeReplay, REPLAY_FORMAT, type Replay } from '../../src/replay';
import { recordedMatch } from './recorded-match';

const id = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !['__proto__', 'constructor', 'prototype'].includes(s));
const pos = fc.record({ x: fc.integer({ min: -5, max: 200 }), y: fc.integer({ min: -5, max: 200 }) });
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.constant<Action>({ type: 'endTurn' }),
  fc.record({ type: fc.constant('move' as const), unit: id, to: pos }),
  fc.record({ type: fc.constant('ability' as const), unit: id, ability: id, target: pos }),
);
const hash = fc.stringMatching(/^[0-9a-f]{16}$/);
const checkpoint = fc.record({ hash, rngCalls: fc.nat() });

/** JSON has no negative zero, and a scenario always comes from JSON: -0 is not a value a replay can hold. */
function withoutNegativeZero(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(withoutNegativeZero);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNegativeZero(v)]));
  }
  return value;
}

const replay: fc.Arbitrary<Replay> = fc
  .record({
    engine: fc.string(),
    seed: fc.string(),
    difficulty: fc.option(fc.string(), { nil: null }),
    controllers: fc.dictionary(id, fc.constantFrom('human', 'random', 'easy', 'normal', 'hard')),
    start: checkpoint,
    content: fc.dictionary(fc.string(), fc.jsonValue()).map(withoutNegativeZero),
    scenarioId: id,
    scenarioHash: hash,
    log: fc.array(fc.tuple(action, checkpoint), { maxLength: 40 }),
    result: fc.option(fc.record({ winner: fc.option(id, { nil: null }), reason: fc.string(), turn: fc.nat(), hash }), { nil: null }),
  })
  .map((r) => ({
    format: REPLAY_FORMAT,
    version: 1,
    engine: r.engine,
    scenario: { id: r.scenarioId, hash: r.scenarioHash, content: r.content as unknown as Replay['scenario']['content'] },
    seed: r.seed,
    difficulty: r.difficulty,
    controllers: r.controllers,
    start: r.start,
    actions: r.log.map(([a]) => a),
    checkpoints: r.log.map(([, c]) => c),
    result: r.result,
  }));

describe('encodeReplay / decodeReplay', () => {
  it('round-trips any replay exactly, and re-encodes to the same text', () => {
    fc.assert(
      fc.property(replay, (r) => {
        const text = encodeReplay(r);
        const decoded = decodeReplay(text);
        if (!decoded.ok) throw new Error(decoded.error.message);
        expect(decoded.value).toEqual(r);
        expect(encodeReplay(decoded.value)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips a recorded match and keeps one action per line', () => {
    const r = recordedMatch();
    const text = encodeReplay(r);
    const decoded = decodeReplay(text);
    expect(decoded.ok && decoded.value).toEqual(r);
    expect(text.split('\n').filter((l) => l.startsWith('  {"type":')).length).toBe(r.actions.length);
  });

  it('says where a truncated file breaks', () => {
    const text = encodeReplay(recordedMatch());
    const cut = text.slice(0, Math.floor(text.length * 0.6));
    const decoded = decodeReplay(cut);
    const lines = cut.split('\n');
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.error.code).toBe('malformed-json');
    expect(decoded.error.message).toBe(
      `malformed JSON at line ${lines.length}, column ${lines.at(-1)!.length + 1}: ${decoded.error.message.split(': ').slice(1).join(': ')}`,
    );
    expect(decoded.error.message).toMatch(/unexpected end of input/);
  });

  it.each([
    ['{"format": "ultron-offensive-replay",\n  "version": 1,,}', 'line 2, column 16', "expected a property name in double quotes, found ','"],
    ['{"format": "ultron-offensive-replay"\n"version": 1}', 'line 2, column 1', "expected ',' or '}'"],
    ['[1, 2', 'line 1, column 6', 'end of input in an array'],
    ['{"a": tru}', 'line 1, column 7', "unexpected 't'"],
    ['{"a": 1} x', 'line 1, column 10', 'after the end of the JSON value'],
  ])('locates the break in %j', (text, where, what) => {
    const decoded = decodeReplay(text);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.error.message).toContain(where);
      expect(decoded.error.message).toContain(what);
    }
  });

  it.each<[string, (r: Record<string, unknown>) => void, string, RegExp]>([
    ['an unknown version', (r) => (r.version = 7), 'unknown-version', /unknown replay format version 7 \(this build reads version 1\)/],
    ['another format', (r) => (r.format = 'chess-pgn'), 'not-a-replay', /not an Ultron Offensive replay: its format is "chess-pgn"/],
    ['no format', (r) => delete r.format, 'not-a-replay', /no "format" field/],
    ['a bad action', (r) => ((r.actions as unknown[])[2] = { type: 'fly', unit: 'cap' }), 'bad-field', /^\$\.actions\[2\]\.type: expected "move", "ability" or "endTurn"/],
    ['a fractional coordinate', (r) => ((r.actions as Action[]).push({ type: 'move', unit: 'cap', to: { x: 1.5, y: 2 } }), (r.checkpoints as unknown[]).push({ hash: '0123456789abcdef', rngCalls: 0 })), 'bad-field', /\.to\.x: expected an integer/],
    ['a missing checkpoint', (r) => (r.checkpoints as unknown[]).pop(), 'bad-field', /checkpoints for \d+ actions/],
    ['a malformed hash', (r) => ((r.checkpoints as { hash: string }[])[0].hash = 'xyz'), 'bad-field', /\$\.checkpoints\[0\]\.hash: expected 16 hexadecimal digits/],
    ['an unknown field', (r) => (r.cheat = true), 'bad-field', /^\$: unknown field "cheat"/],
    ['a non-object', (r) => Object.keys(r).forEach((k) => delete r[k]), 'not-a-replay', /no "format"/],
  ])('rejects %s', (_name, tamper, code, message) => {
    const json = JSON.parse(encodeReplay(recordedMatch())) as Record<string, unknown>;
    tamper(json);
    const decoded = decodeReplay(JSON.stringify(json));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.error.code).toBe(code);
      expect(decoded.error.message).toMatch(message);
    }
  });

  it('rejects a prototype key among the controllers', () => {
    const text = encodeReplay(recordedMatch()).replace('"controllers": {', '"controllers": {"__proto__": "human", ');
    expect(decodeReplay(text)).toMatchObject({ ok: false, error: { code: 'bad-field', message: '$.controllers: forbidden key "__proto__"' } });
  });

  it('refuses a scenario nested deep enough to overflow the stack, without overflowing it', () => {
    const text = encodeReplay(recordedMatch()).replace('"content":{', `"content":{"zz":${'['.repeat(100_000)}${']'.repeat(100_000)},`);
    const decoded = decodeReplay(text);
    expect(decoded).toMatchObject({ ok: false, error: { code: 'bad-field' } });
    if (!decoded.ok) expect(decoded.error.message).toMatch(/^\$\.scenario\.content\.zz\[0\]\[0\].*: nested deeper than 100 levels$/);
  });

  it('shows a control character in a message escaped', () => {
    const decoded = decodeReplay('{"a": \u0001}');
    expect(decoded.ok || decoded.error.message).toBe('malformed JSON at line 1, column 7: unexpected "\\u0001", expected a value');
  });

  it('rejects an empty file and a JSON value that is not an object', () => {
    expect(decodeReplay('')).toMatchObject({ ok: false, error: { code: 'malformed-json', message: 'the file is empty' } });
    expect(decodeReplay('[1,2]')).toMatchObject({ ok: false, error: { code: 'bad-field', message: '$: expected an object' } });
  });
});
