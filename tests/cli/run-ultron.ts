// Runs the real `ultron` command (bin/ultron.mjs) as a user would, and captures what it prints.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function ultron(args: string[], cwd = ROOT): Run {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/ultron.mjs'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'ultron-cli-'));
}

/** No output of the command may look like a stack trace. */
export function noStackTrace(run: Run): boolean {
  return !/\n\s+at .+\(.*:\d+:\d+\)/.test(run.stdout + run.stderr);
}
