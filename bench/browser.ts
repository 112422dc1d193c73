// Browser figures: the built game's JavaScript gzipped (target under 450 KB) and the time from
// opening `?scenario=novi-grad…` until the battle is ready to play (window.__ultron.ready) in
// headless Chromium (target under 2 s). Builds into a temporary folder, never into dist/.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { quantile, type BenchSection, type Figure } from './section';

const TARGET_GZIP_KB = 450;
const TARGET_READY_MS = 2000;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function gzippedJsBytes(outDir: string): number {
  let total = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) total += gzipSync(readFileSync(path), { level: 9 }).length;
    }
  };
  walk(outDir);
  return total;
}

async function timeToReady(url: string, runs: number): Promise<number[]> {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(url);
      await page.waitForFunction(() => (window as { __ultron?: { ready: boolean } }).__ultron?.ready === true, null, { timeout: 30_000 });
      times.push(performance.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

export const section: BenchSection = {
  name: 'browser',
  async run({ quick, scenarios }) {
    const outDir = mkdtempSync(join(tmpdir(), 'ultron-bench-build-'));
    try {
      await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
      const gzipKb = gzippedJsBytes(outDir) / 1000;
      const server = await preview({ logLevel: 'silent', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
      const base = server.resolvedUrls?.local[0];
      if (!base) throw new Error('vite preview gave no address');
      const id = scenarios.some((s) => s.id === 'novi-grad') ? 'novi-grad' : scenarios[0].id;
      let times: number[];
      try {
        times = await timeToReady(`${base}?scenario=${id}&seed=1&difficulty=normal`, quick ? 2 : 5);
      } finally {
        await server.close();
      }
      const figures: Figure[] = [
        { key: 'browser.jsGzipKB', value: gzipKb, unit: 'KB', label: 'the built game\'s JavaScript, gzipped', target: { max: TARGET_GZIP_KB, strict: true } },
        { key: `browser.${id}.readyMs`, value: quantile(times, 0.5), unit: 'ms', label: `${id}: page opened to battle ready, headless Chromium, median`, target: { max: TARGET_READY_MS, strict: true } },
      ];
      return figures;
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  },
};
