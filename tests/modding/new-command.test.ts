// `ultron new NAME`, through the real bin: the file it writes validates and plays, names the schema,
// and an existing file is never overwritten.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noStackTrace, scratchDir, ultron } from '../cli/run-ultron';

describe('ultron new', () => {
  const dir = scratchDir();

  it('writes NAME.json into --dir, and the file validates and simulates', () => {
    const run = ultron(['new', 'harbour-raid', '--dir', dir]);
    expect(run.code).toBe(0);
    const file = join(dir, 'harbour-raid.json');
    expect(run.stdout).toContain(`wrote ${file}`);
    const scenario = JSON.parse(readFileSync(file, 'utf8'));
    expect(scenario.id).toBe('harbour-raid');
    expect(scenario.name).toBe('Harbour Raid');
    expect(resolve(dir, scenario.$schema)).toBe(resolve('scenarios/schema.json'));
    expect(ultron(['validate', file]).stdout).toBe(`ok ${file}\n`);
    const sim = ultron(['sim', file, '--seed', '1', '--games', '2', '--jobs', '1', '--avengers', 'normal', '--ultron', 'normal', '--json']);
    expect(sim.code).toBe(0);
    const report = JSON.parse(sim.stdout);
    expect(report.games).toBe(2);
    expect(report.results).toHaveLength(2);
  });

  it('writes into the current folder by default and accepts NAME.json', () => {
    const run = ultron(['new', 'second.json'], dir);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'second.json'))).toBe(true);
  });

  it('refuses to overwrite, leaving the file as it was', () => {
    const file = join(dir, 'mine.json');
    writeFileSync(file, '{"mine": true}');
    const run = ultron(['new', 'mine', '--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe('{"mine": true}');
    expect(noStackTrace(run)).toBe(true);
  });

  it.each([
    [['new'], 'give exactly one NAME'],
    [['new', '../escape'], 'not a usable name'],
    [['new', 'a b'], 'not a usable name'],
  ])('%j is bad usage (exit 2)', (args, message) => {
    const run = ultron(args, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('says where a missing folder is', () => {
    const run = ultron(['new', 'x', '--dir', join(dir, 'nope')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no folder');
  });
});
