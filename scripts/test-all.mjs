#!/usr/bin/env node
// `npm test`: every check the project has, in order: the typecheck, the unit and property tests
// (Vitest), then the browser tests (Playwright, with a Chromium it finds by itself). Ends with one
// plain line "N passed, N failed" summed over Vitest and Playwright, and a non-zero exit on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'node_modules/.bin');
const scratch = mkdtempSync(join(tmpdir(), 'ultron-test-'));
let passed = 0;
let failed = 0;
let broken = false;

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) console.log(`test-all: cannot run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function typecheck() {
  console.log('\n== typecheck ==');
  if (run('npm', ['run', '--silent', 'typecheck']) !== 0) {
    console.log('typecheck: FAILED');
    broken = true;
  }
}

function vitest(chromium) {
  console.log('\n== unit and property tests (vitest) ==');
  const out = join(scratch, 'vitest.json');
  // Some of them (replays verified in Chromium) need the browser too.
  const env = chromium ? { CHROMIUM_PATH: chromium } : {};
  const code = run(join(BIN, 'vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], env);
  const report = readJson(out);
  if (!report) {
    console.log(`vitest: no results (exit code ${code})`);
    broken = true;
    return;
  }
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A file that fails to load has no failed test in it, yet the run failed.
  if (code !== 0 && !report.numFailedTests) broken = true;
}

/** The Chromium to test with: $CHROMIUM_PATH, Debian's, Playwright's own; installed when we may. */
async function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    const { chromium } = await import('playwright-core');
    candidates.push(chromium.executablePath());
  } catch {
    // playwright-core missing: only the system browsers are candidates.
  }
  const found = candidates.find((path) => path && existsSync(path));
  if (found) return found;
  if (process.getuid?.() === 0) {
    console.log('test-all: no Chromium found; installing Debian\'s: apt-get install -y chromium');
    if (run('apt-get', ['install', '-y', 'chromium']) !== 0) run('sh', ['-c', 'apt-get update && apt-get install -y chromium']);
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.log('test-all: no Chromium found: run `sudo apt-get install -y chromium` (or `npx playwright install chromium`, or set CHROMIUM_PATH)');
  return null;
}

function hasE2eTests() {
  const dir = join(ROOT, 'tests/e2e');
  const configured = ['playwright.config.ts', 'playwright.config.js', 'playwright.config.mjs'].some((f) => existsSync(join(ROOT, f)));
  const specs = existsSync(dir) && readdirSync(dir, { recursive: true }).some((f) => /\.(spec|test)\.[mc]?[jt]s$/.test(String(f)));
  return configured && specs;
}

function playwright(chromium) {
  console.log('\n== browser tests (playwright) ==');
  if (!hasE2eTests()) {
    console.log('playwright: no browser tests in this tree yet (playwright.config.ts + tests/e2e/*.spec.ts); skipped');
    return;
  }
  if (!chromium) {
    broken = true;
    return;
  }
  console.log(`playwright: using ${chromium}`);
  const out = join(scratch, 'playwright.json');
  const code = run(join(BIN, 'playwright'), ['test', '--reporter=list,json'], { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  const stats = readJson(out)?.stats;
  if (!stats) {
    console.log(`playwright: no results (exit code ${code})`);
    broken = true;
    return;
  }
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  if (code !== 0 && !stats.unexpected) broken = true;
}

typecheck();
const chromium = await findChromium();
vitest(chromium);
playwright(chromium);
rmSync(scratch, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || broken ? 1 : 0;
