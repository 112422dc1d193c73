// Every file in broken/ is refused with its located error; every error is well formed.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatScenarioError, parseScenario } from '../../src/scenario';
import { BROKEN_CASES } from './broken-cases';
import { fixture, testRoster } from './test-roster';

const roster = testRoster();

describe('broken scenario files', () => {
  it('the base they are made from is valid', () => {
    const parsed = parseScenario(fixture('fixtures/base.json'), { roster, file: 'base.json' });
    expect(parsed.ok ? [] : parsed.errors.map((e) => formatScenarioError(e))).toEqual([]);
  });

  it('the table lists every file in broken/, and there are at least 30', () => {
    const files = readdirSync(new URL('./broken/', import.meta.url)).filter((f) => f.endsWith('.json')).sort();
    expect(BROKEN_CASES.map((c) => c.file).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(BROKEN_CASES)('$file: $code at $path (line $line): $problem', ({ file, code, path, line }) => {
    const parsed = parseScenario(fixture(`broken/${file}`), { roster, file });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const found = parsed.errors.map((e) => ({ code: e.code, path: e.path, line: e.line }));
    expect(found).toContainEqual({ code, path, line });
    for (const error of parsed.errors) {
      expect(error.file).toBe(file);
      expect(error.line).toBeGreaterThan(0);
      expect(error.column).toBeGreaterThan(0);
      expect(error.message).not.toMatch(/undefined|\[object|NaN/);
      expect(formatScenarioError(error)).toBe(`${file}:${error.line}:${error.column} ${error.path} ${error.message}`);
    }
    // One problem each: it must not set off a cascade of unrelated errors.
    expect(parsed.errors.length).toBeLessThanOrEqual(3);
  });
});
