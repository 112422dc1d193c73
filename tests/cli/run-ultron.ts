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

/**
 * The same command run in this process (no new Node and tsx start-up, which costs seconds on a busy
 * machine): for the many cases where what matters is the output, not the bin itself.
 */
export async function ultronHere(args: string[]): Promise<Run> {
  const { main } = await import('../../src/cli/main');
  let stdout = '';
  let stderr = '';
  const code = await main(args, (t) => void (stdout += t), (t) => void (stderr += t));
  return { code, stdout, stderr };
}
