// The same replays verified in Node and in Chromium give identical hashes: the golden replays are
// verified in headless Chromium (src/replay and the engine bundled by Vite) and every checkpoint
// hash it computes must equal the recorded one. Skipped, saying why, when no Chromium is installed
// (`npm test` finds or installs one first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeReplay } from '../../src/replay';
import type { BrowserVerdict } from './chromium-entry';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const goldenDir = fileURLToPath(new URL('../golden/', import.meta.url));
const goldens = readdirSync(goldenDir).filter((f) => f.endsWith('.replay.json')).sort();

async function bundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    // Library mode leaves immer's NODE_ENV checks in; the game's own build replaces them the same way.
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: false,
      lib: { entry: fileURLToPath(new URL('./chromium-entry.ts', import.meta.url)), formats: ['iife'], name: 'ReplayCheck' },
    },
  });
  const result = Array.isArray(output) ? output[0] : output;
  if (!('output' in result)) throw new Error('vite build gave no output');
  return result.output[0].type === 'chunk' ? result.output[0].code : '';
}

describe.skipIf(!CHROMIUM)(`replays in Chromium (${CHROMIUM ?? 'no Chromium found: skipped'})`, () => {
  let browser: Browser;
  let code: string;

  beforeAll(async () => {
    code = await bundle();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it.each(goldens.map((f) => [f]))('%s verifies in Chromium with the hashes Node recorded', async (file) => {
    const text = readFileSync(`${goldenDir}/${file}`, 'utf8');
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addScriptTag({ content: code });
    const verdict = await page.evaluate((t) => (window as unknown as { ReplayCheck: { verifyInBrowser(t: string): BrowserVerdict } }).ReplayCheck.verifyInBrowser(t), text);
    await page.close();
    const replay = decodeReplay(text);
    if (!replay.ok) throw new Error(replay.error.message);
    expect(errors).toEqual([]);
    expect(verdict.message).toBe('ok');
    const recorded = replay.value.checkpoints.map((c) => c.hash);
    const firstDifferent = verdict.checkpoints.findIndex((h, i) => h !== recorded[i]);
    expect(firstDifferent, `Chromium's hash differs first after action ${firstDifferent + 1}`).toBe(-1);
    expect(verdict.checkpoints).toHaveLength(recorded.length);
    expect(verdict.finalHash).toBe(replay.value.result?.hash);
  });
});
