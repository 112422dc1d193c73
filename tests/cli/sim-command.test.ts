// `ultron validate` and `ultron sim` through the real command, on a small scenario file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noStackTrace, ROOT, scratchDir, ultron, ultronHere } from './run-ultron';

const fixture = (name: string) => join(ROOT, 'tests/cli/fixtures', name);
const skirmish = fixture('skirmish.json');

describe('ultron validate', () => {
  it('says ok for a valid file, exit 0', async () => {
    const run = ultron(['validate', skirmish]);
    expect(run.stdout).toBe(`ok ${skirmish}\n`);
    expect(run.code).toBe(0);
  });

  it('lists every problem of a broken file located as FILE:LINE:COL JSON-PATH message, exit 1', async () => {
    const broken = fixture('broken.json');
    const run = await ultronHere(['validate', skirmish, broken]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(`ok ${skirmish}`);
    const problems = lines.slice(1);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    for (const line of problems) expect(line).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ \\$\\S* .+`));
    expect(problems.some((l) => l.includes('turnLimit'))).toBe(true);
    expect(problems.some((l) => l.includes('no-such-type'))).toBe(true);
    expect(noStackTrace(run)).toBe(true);
  });

  it('reports a file that is not JSON, or not there, in one line each', async () => {
    const dir = scratchDir();
    const run = await ultronHere(['validate', join(dir, 'missing.json'), join(ROOT, 'README.md')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/missing\.json: cannot read: no such file/);
    expect(run.stdout).toMatch(/README\.md:\d+:\d+ /);
    expect(noStackTrace(run)).toBe(true);
  });
});

describe('ultron sim', () => {
  const json = async (args: string[]) => {
    const run = await ultronHere(['sim', skirmish, '--json', ...args]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return run.stdout;
  };

  it('prints exactly the documented JSON, byte-identical across runs and job counts', async () => {
    const one = await json(['--games', '8', '--seed', 'abc', '--jobs', '1']);
    expect(await json(['--games', '8', '--seed', 'abc', '--jobs', '2'])).toBe(one);
    // And from the real bin, as a script would read it.
    expect(ultron(['sim', skirmish, '--json', '--games', '8', '--seed', 'abc', '--jobs', '1']).stdout).toBe(one);
    const parsed = JSON.parse(one);
    expect(Object.keys(parsed)).toEqual(['scenario', 'seed', 'games', 'results', 'wins']);
    expect(parsed).toMatchObject({ scenario: 'cli-skirmish', seed: 'abc', games: 8 });
    expect(parsed.results.map((r: { seed: string }) => r.seed)).toEqual(Array.from({ length: 8 }, (_, i) => `abc:${i + 1}`));
    for (const r of parsed.results) {
      expect(Object.keys(r)).toEqual(['seed', 'winner', 'turns', 'actions', 'hash']);
      expect(r.hash).toMatch(/^[0-9a-f]{16}$/);
    }
    const total = Object.values(parsed.wins as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(total).toBe(8);
    expect(await json(['--games', '8', '--seed', 'abd'])).not.toBe(one);
  });

  it('plays the AI levels deterministically too, whatever the job count', async () => {
    const args = ['--games', '4', '--seed', 'ai', '--avengers', 'easy', '--ultron', 'normal'];
    const one = await json([...args, '--jobs', '1']);
    expect(await json([...args, '--jobs', '2'])).toBe(one);
    expect(one).not.toBe(await json(['--games', '4', '--seed', 'ai']));
  });

  it('splits a batch into shards that add up to the whole', async () => {
    const whole = JSON.parse(await json(['--games', '5', '--seed', 'sh'])).results;
    const first = JSON.parse(await json(['--games', '5', '--seed', 'sh', '--shard', '1/2'])).results;
    const second = JSON.parse(await json(['--games', '5', '--seed', 'sh', '--shard', '2/2'])).results;
    expect([...first, ...second]).toEqual(whole);
  });

  it('stops matches at --max-turns', async () => {
    const parsed = JSON.parse(await json(['--games', '3', '--max-turns', '1']));
    for (const r of parsed.results) expect(r.turns).toBeLessThanOrEqual(2);
  });

  it('summarizes for a person: win rates with a 95% interval, turns, losses', async () => {
    const run = ultron(['sim', skirmish, '--games', '6']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^cli-skirmish: 6 games from seed "1", avengers random vs ultron random\n/);
    expect(run.stdout).toMatch(/ avengers +\d+ wins +\d+\.\d% +\(95% CI \d+\.\d%–\d+\.\d%\)/);
    expect(run.stdout).toMatch(/mean turns \d+\.\d, mean actions \d+\.\d/);
    expect(run.stdout).toMatch(/heroes lost \d\.\d\d of 2 per game/);
    expect(run.stdout).toMatch(/civilians saved \d\.\d\d of 1 per game/);
    // Not a terminal: no progress bar.
    expect(run.stderr).toBe('');
  });

  it('writes a replay that verifies to the hash the simulation reported', async () => {
    const dir = scratchDir();
    const file = join(dir, 'one.replay.json');
    const result = JSON.parse(await json(['--seed', 'r', '--replay-out', file])).results[0];
    const verified = await ultronHere(['replay', 'verify', file]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(`final hash ${result.hash}`);
    expect(JSON.parse(readFileSync(file, 'utf8')).seed).toBe(result.seed);
  });

  it('writes a folder of replays for a batch', async () => {
    const dir = join(scratchDir(), 'replays');
    await json(['--games', '3', '--replay-out', dir]);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['cli-skirmish-1.replay.json', 'cli-skirmish-2.replay.json', 'cli-skirmish-3.replay.json']);
    expect((await ultronHere(['replay', 'verify', ...files.map((f) => join(dir, f))])).code).toBe(0);
  });

  it('refuses an invalid scenario with its located problems, exit 1', async () => {
    const run = await ultronHere(['sim', fixture('broken.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/broken\.json is not a valid scenario:\n.*broken\.json:\d+:\d+ /);
    expect(noStackTrace(run)).toBe(true);
  });
});
