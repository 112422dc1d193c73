// Browser figures: the built game's JavaScript gzipped (target under 450 KB) and, for every campaign
// scenario, the time from opening `?scenario=ID…` until the battle is drawn and ready to play in
// headless Chromium (target under 2 s). Builds into a temporary folder, never into dist/.
//
// Two clocks per page load. `readyMs` (the target) is the page's own: from navigation start until the
// frame after `window.__ultron.ready` turned true has been painted, read by a script that watches
// every animation frame. `seenMs` is the harness's: from calling page.goto until Playwright's
// waitForFunction reports ready. The second adds Playwright's own waiting (goto resolves at the load
// event; each poll is a round trip that queues behind the renderer's frames, which cost 50-150 ms each
// in software WebGL), so it runs several hundred ms behind what a player sees; it is shown, not judged.
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

interface ReadyTimes { readyMs: number; seenMs: number }

/** The renderer the game chose in the bench's browser (src/game/renderer-choice.ts). */
let rendererUsed = 'unknown';

/**
 * Runs in the page before its own scripts and notes when the battle has been drawn after turning
 * ready: the frame in which `ready` is first seen draws the battle, and two frames on it has been
 * painted. Text, not a function: tsx would wrap a function in helpers the page does not have.
 */
const WATCH_READY = `(() => {
  const watch = () => {
    if (window.__ultron && window.__ultron.ready) {
      requestAnimationFrame(() => requestAnimationFrame(() => { window.__benchDrawnAt = performance.now(); }));
      return;
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})();`;

async function timeToReady(urls: string[], runs: number): Promise<ReadyTimes[][]> {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', chromium.executablePath()].find((p) => p && existsSync(p));
  if (!executablePath) {
    throw new Error('no Chromium found: run `sudo apt-get install -y chromium` (or `npx playwright install chromium`, or set CHROMIUM_PATH)');
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const times: ReadyTimes[][] = urls.map(() => []);
  rendererUsed = 'unknown';
  try {
    // Round-robin over the scenarios, so a burst of load on the shared machine spreads over all of them.
    for (let i = 0; i < runs; i++) {
      for (const [k, url] of urls.entries()) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.addInitScript({ content: WATCH_READY });
        const started = performance.now();
        await page.goto(url);
        await page.waitForFunction(() => (window as { __ultron?: { ready: boolean } }).__ultron?.ready === true, null, { timeout: 30_000 });
        const seenMs = performance.now() - started;
        const drawn = await page.waitForFunction(() => (window as { __benchDrawnAt?: number }).__benchDrawnAt, null, { timeout: 30_000 });
        times[k].push({ readyMs: (await drawn.jsonValue()) as number, seenMs });
        rendererUsed = await page.evaluate(() => (window as { __ultron?: { renderer?: string } }).__ultron?.renderer ?? 'unknown');
        await context.close();
      }
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
      const ids = scenarios.map((s) => s.id);
      const runs = quick ? 1 : 3;
      let times: ReadyTimes[][];
      try {
        times = await timeToReady(ids.map((id) => `${base}?scenario=${id}&seed=1&difficulty=normal`), runs);
      } finally {
        await server.close();
      }
      const figures: Figure[] = [
        { key: 'browser.jsGzipKB', value: gzipKb, unit: 'KB', label: 'the built game\'s JavaScript, gzipped', target: { max: TARGET_GZIP_KB, strict: true } },
      ];
      for (const [k, id] of ids.entries()) {
        figures.push(
          { key: `browser.${id}.readyMs`, value: quantile(times[k].map((t) => t.readyMs), 0.5), unit: 'ms', label: `${id}: page opened to battle drawn and ready (page clock, ${rendererUsed}), median of ${runs}`, target: { max: TARGET_READY_MS, strict: true } },
          { key: `browser.${id}.seenMs`, value: quantile(times[k].map((t) => t.seenMs), 0.5), unit: 'ms', label: `${id}: the same as Playwright's waitForFunction sees it, median of ${runs}` },
        );
      }
      return figures;
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  },
};
