// The located JSON parser: the same values as JSON.parse, the position of every value, and
// syntax errors that say where and what.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeAt, nodeValue, parseJsonDocument } from '../../src/scenario/json-document';

describe('parseJsonDocument', () => {
  it('reads what JSON.parse reads (any JSON value without prototype keys)', () => {
    const safeKey = fc.string().filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k));
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constant(null), fc.boolean(), fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e9, max: 1e9, noNaN: true }).filter((d) => !Object.is(d, -0)), fc.string(),
        fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(safeKey, tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(fc.property(json, fc.boolean(), (value, pretty) => {
      const text = JSON.stringify(value, null, pretty ? 2 : undefined);
      const { root, problems } = parseJsonDocument(text);
      expect(problems).toEqual([]);
      expect(nodeValue(root!)).toEqual(JSON.parse(text));
    }));
  });

  it('records the line and column of every value and field name (CRLF, tabs and BOM included)', () => {
    const text = '\uFEFF{\r\n\t"a": [1,\r\n  {"b": "x\\n"}],\n "c": true }';
    const { root } = parseJsonDocument(text);
    expect(nodeAt(root!, ['a']).node).toMatchObject({ line: 2, column: 7 });
    expect(nodeAt(root!, ['a']).key).toMatchObject({ line: 2, column: 2 });
    expect(nodeAt(root!, ['a', 1, 'b']).node).toMatchObject({ line: 3, column: 9, value: 'x\n' });
    expect(nodeAt(root!, ['c']).node).toMatchObject({ line: 4, column: 7, value: true });
  });

  it.each([
    ['{"a": 1,}', 1, 9, 'expected a field name'],
    ['{"a" 1}', 1, 6, "expected ':'"],
    ['[1 2]', 1, 4, "expected ',' or ']'"],
    ['{"a": tru}', 1, 7, 'expected a value'],
    ['{"a": 01}', 1, 7, 'malformed number'],
    ['{"a": 1.}', 1, 7, 'malformed number'],
    ['"abc', 1, 1, 'not closed'],
    ['"a\tb"', 1, 3, 'control character'],
    ['"\\x"', 1, 2, 'unknown escape'],
    ['"\\u12G4"', 1, 2, 'four hex digits'],
    ['{}\n{}', 2, 1, 'after the end'],
    ['', 1, 1, 'found the end of the file'],
    ['{\n  "a": [\n', 3, 1, 'found the end of the file'],
  ])('%j: a syntax error at %i:%i (%s)', (text, line, column, words) => {
    const { root, problems } = parseJsonDocument(text);
    expect(root).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'json-syntax', line, column });
    expect(problems[0].message).toContain(words);
  });

  it('reports duplicate and forbidden keys without stopping, and keeps the first value', () => {
    const { root, problems } = parseJsonDocument('{"a": 1, "a": 2, "__proto__": {"x": 1}, "b": 3}');
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([['duplicate-key', 'a'], ['forbidden-key', '__proto__']]);
    expect(nodeValue(root!)).toEqual({ a: 1, b: 3 });
    expect(Object.getPrototypeOf(nodeValue(root!))).toBe(Object.prototype);
  });
});
