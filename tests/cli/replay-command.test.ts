import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeReplayLink, encodeReplay } from '../../src/replay';
import { copyOf, recordedMatch } from '../replay/recorded-match';
import { noStackTrace, scratchDir, ultron, ultronHere } from './run-ultron';

describe('ultron replay', () => {
  const dir = scratchDir();
  const replay = recordedMatch('cli');
  const good = join(dir, 'good.replay.json');
  writeFileSync(good, encodeReplay(replay));
  const forged = copyOf(replay);
  forged.checkpoints[10].hash = 'ffffffffffffffff';
  const bad = join(dir, 'bad.replay.json');
  writeFileSync(bad, encodeReplay(forged));
  const cut = join(dir, 'cut.replay.json');
  writeFileSync(cut, encodeReplay(replay).slice(0, 300));
  const future = join(dir, 'future.replay.json');
  writeFileSync(future, encodeReplay(replay).replace('"version": 1', '"version": 2'));

  it('verify prints the result and the final hash, exit 0', () => {
    const run = ultron(['replay', 'verify', good]);
    expect(run.code).toBe(0);
    const last = replay.result!.hash;
    expect(run.stdout).toBe(
      `ok ${good}: ${replay.result!.winner} won in round ${replay.result!.turn} (${replay.result!.reason}), ${replay.actions.length} actions, final hash ${last}\n`,
    );
  });

  it('verify names the action of a desync and exits 1, going on with the other files', async () => {
    const run = await ultronHere(['replay', 'verify', bad, good]);
    expect(run.code).toBe(1);
    const [first, second] = run.stdout.split('\n');
    expect(first).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: desync at action 11 \\(turn \\d+, side \\w+\\): expected ffffffffffffffff, got ${replay.checkpoints[10].hash}$`));
    expect(second).toMatch(/^ok /);
  });

  it.each([
    [cut, /malformed JSON at line \d+, column \d+: unexpected end of input/],
    [future, /unknown replay format version 2 \(this build reads version 1\)/],
    ['/no/such/file.json', /cannot read: no such file/],
  ])('verify reports %s in one line, exit 1', async (file, message) => {
    const run = await ultronHere(['replay', 'verify', file]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(message);
    expect(noStackTrace(run)).toBe(true);
  });

  it('show prints the match turn by turn', () => {
    const run = ultron(['replay', 'show', good]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Tiny skirmish \(tiny-skirmish\), seed "cli", engine /);
    expect(run.stdout).toMatch(/\nRound 1, avengers\n {2}1\. /);
    expect(run.stdout).toMatch(/\nRound 1, ultron\n/);
    const numbered = run.stdout.split('\n').filter((l) => /^ {2}\d+\. /.test(l));
    expect(numbered).toHaveLength(replay.actions.length);
    expect(run.stdout.trim().split('\n').at(-1)).toBe(`Result: ${replay.result!.winner} won in round ${replay.result!.turn} (${replay.result!.reason})`);
  });

  it('link prints an address whose fragment carries the replay (the test scenario travels inside)', async () => {
    const run = await ultronHere(['replay', 'link', good, '--base', 'https://example.test/game/']);
    expect(run.code).toBe(0);
    const url = run.stdout.trim();
    expect(url).toMatch(/^https:\/\/example\.test\/game\/#replay=[A-Za-z0-9_-]+$/);
    const back = await decodeReplayLink(new URL(url).hash);
    expect(back.ok && encodeReplay(back.value)).toBe(encodeReplay(replay));
  });

  it.each([
    [['replay'], 2],
    [['replay', 'verify'], 2],
    [['replay', 'show', good, good], 2],
    [['replay', 'frobnicate'], 2],
    [['replay', 'verify', '--nope', good], 2],
    [['replay', '--help'], 0],
  ])('usage: ultron %j exits %i without a stack trace', async (args, code) => {
    const run = await ultronHere(args);
    expect(run.code).toBe(code);
    expect(noStackTrace(run)).toBe(true);
  });
});

describe('ultron', () => {
  it('starts from its bin, prints help and exits 0', () => {
    const run = ultron(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ultron: the Ultron Offensive command line\n/);
  });

  it('reports bad usage from its bin with exit 2 and one line', () => {
    const run = ultron(['sim', 'x', '--games', 'ten']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('ultron: --games must be a whole number, got "ten"\n');
  });

  it.each([
    [['--help'], 0, /Usage: ultron <command>/],
    [['sim', '--help'], 0, /--replay-out PATH/],
    [['validate', '--help'], 0, /FILE:LINE:COL JSON-PATH message/],
    [['new', '--help'], 0, /Usage: ultron new NAME/],
    [['new', 'a b'], 2, /not a usable name/],
    [['frobnicate'], 2, /unknown command "frobnicate"/],
    [[], 2, /Usage: ultron/],
    [['validate'], 2, /give at least one FILE/],
    [['sim'], 2, /give exactly one SCENARIO/],
    [['sim', 'x', '--games', 'ten'], 2, /--games must be a whole number, got "ten"/],
    [['sim', 'x', '--shard', '3/2'], 2, /--shard must be K\/N/],
    [['sim', 'x', '--avengers', 'godlike'], 2, /--avengers: unknown level "godlike" \(available: random/],
    [['sim', 'no-such-scenario'], 1, /no campaign scenario "no-such-scenario"/],
  ])('ultron %j exits %i', async (args, code, message) => {
    const run = await ultronHere(args);
    expect(run.code).toBe(code);
    expect(run.stdout + run.stderr).toMatch(message);
    expect(noStackTrace(run)).toBe(true);
  });
});
