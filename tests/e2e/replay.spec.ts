// Replays across the browser and Node: a match recorded in the browser verifies with `ultron replay
// verify`; a match from `ultron sim --replay-out` plays in the browser viewer to the same final hash
// that Node computes; a link opens the same replay; a tampered file shows the verifier's message.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ULTRON = join(ROOT, 'bin', 'ultron.mjs');
const work = mkdtempSync(join(tmpdir(), 'ultron-replay-e2e-'));

function ultron(args: string[]): { code: number; out: string } {
  const run = spawnSync(process.execPath, [ULTRON, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status ?? -1, out: `${run.stdout}${run.stderr}` };
}

/** A real headless match, recorded by the command line (regenerated each run, so it follows the engine). */
function simReplay(): { file: string; finalHash: string } {
  const file = join(work, 'sim.replay.json');
  execFileSync(process.execPath, [ULTRON, 'sim', 'sokovia-raid', '--seed', 'e2e', '--avengers', 'easy', '--ultron', 'easy', '--max-turns', '4', '--jobs', '1', '--replay-out', file], { cwd: ROOT });
  const verified = ultron(['replay', 'verify', file]);
  expect(verified.code, verified.out).toBe(0);
  const finalHash = /final hash ([0-9a-f]{16})/.exec(verified.out)?.[1];
  expect(finalHash, verified.out).toBeTruthy();
  return { file, finalHash: finalHash! };
}

function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const viewer = (page: Page) => page.evaluate(() => ({ ...window.__ultronReplay, hash: window.__ultronReplay.hash() }));

async function openFile(page: Page, file: string) {
  await page.goto('/');
  await page.waitForFunction(() => window.__ultronReplay !== undefined);
  await page.setInputFiles('[data-testid=replay-file]', file);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('ultron-offensive.settings', JSON.stringify({ speed: 4, muted: true, difficulty: 'easy' })));
});

test('a replay from `ultron sim` plays in the viewer to the hash Node computes', async ({ page }) => {
  test.setTimeout(240_000); // minutes on a loaded 2-core machine
  const errors = watchConsole(page);
  const { file, finalHash } = simReplay();
  const total = JSON.parse(readFileSync(file, 'utf8')).actions.length as number;
  await openFile(page, file);
  await page.waitForFunction(() => window.__ultronReplay.open);
  await expect(page.getByTestId('replay-viewer')).toContainText(`final hash ${finalHash}`);
  expect(await viewer(page)).toMatchObject({ index: 0, total });
  const opening = (await viewer(page)).hash;

  // Play a few actions at top speed, pause, then step back one: the state is the one passed before.
  await page.getByTestId('replay-speed').click(); // 2x -> 4x
  await page.getByTestId('replay-speed').click(); // 4x -> 8x
  await page.getByTestId('replay-play').click();
  await page.waitForFunction(() => window.__ultronReplay.index >= 3, null, { timeout: 30_000 });
  await page.getByTestId('replay-play').click();
  await page.waitForFunction(() => !window.__ultronReplay.busy && !window.__ultronReplay.playing);
  const reached = (await viewer(page)).index;
  await page.getByTestId('replay-forward').click();
  await page.waitForFunction((n) => window.__ultronReplay.index === n && !window.__ultronReplay.busy, reached + 1);
  const ahead = (await viewer(page)).hash;
  await page.getByTestId('replay-back').click();
  await page.getByTestId('replay-forward').click();
  await page.waitForFunction((n) => window.__ultronReplay.index === n && !window.__ultronReplay.busy, reached + 1);
  expect((await viewer(page)).hash).toBe(ahead);
  await expect(page.locator('.replay-entry:not([hidden])')).toHaveCount(reached + 2);
  await page.screenshot({ path: join(work, 'viewer-playing.png') });

  // Jump to round 3, then past the end: the final state hashes exactly as in Node.
  await page.locator('.replay-turn').fill('3');
  await page.getByTestId('replay-jump').click();
  const round3 = await page.evaluate(() => window.__ultronReplay.index);
  expect(round3).toBeGreaterThan(reached);
  await expect(page.getByTestId('replay-position')).toContainText('round 3');
  await page.locator('.replay-turn').fill('99');
  await page.getByTestId('replay-jump').click();
  expect(await viewer(page)).toMatchObject({ index: total, hash: finalHash });
  await page.locator('.replay-entry').first().click();
  expect((await viewer(page)).hash).toBe(opening);
  await page.screenshot({ path: join(work, 'viewer-end.png') });
  console.log(`screenshots in ${work}`);
  expect(errors).toEqual([]);
});

test('a link opens the same replay; taking over starts a battle at that point', async ({ page }) => {
  test.setTimeout(240_000); // minutes on a loaded 2-core machine
  const errors = watchConsole(page);
  const { file, finalHash } = simReplay();
  await openFile(page, file);
  await page.waitForFunction(() => window.__ultronReplay.open);
  await page.getByTestId('replay-copy-link').click();
  await page.waitForFunction(() => location.hash.startsWith('#replay='));
  const link = await page.evaluate(() => location.href);
  console.log(`link: ${link.length} characters`);

  // A fresh tab, as someone the link was sent to would open it.
  const tab = await page.context().newPage();
  const tabErrors = watchConsole(tab);
  await tab.goto(link);
  await tab.waitForFunction(() => window.__ultronReplay?.open === true);
  await tab.locator('.replay-turn').fill('99');
  await tab.getByTestId('replay-jump').click();
  expect(await viewer(tab)).toMatchObject({ hash: finalHash });
  await tab.close();
  expect(tabErrors).toEqual([]);
  await page.locator('.replay-turn').fill('99');
  await page.getByTestId('replay-jump').click();
  expect((await viewer(page)).hash).toBe(finalHash);

  await page.locator('.replay-turn').fill('2');
  await page.getByTestId('replay-jump').click();
  const at = await viewer(page);
  await page.getByTestId('replay-takeover').click();
  await page.waitForFunction(() => window.__ultron?.ready === true, null, { timeout: 30_000 });
  expect(await page.evaluate(() => window.__ultron.scenarioId)).toBe('sokovia-raid');
  expect(await page.evaluate(() => window.__ultron.hash())).toBe(at.hash);
  expect(await page.evaluate(() => window.__ultronReplay.open)).toBe(false);
  expect(errors).toEqual([]);
});

test('a replay recorded in the browser, AI actions included, verifies with `ultron replay verify`', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchConsole(page);
  await page.goto('/?scenario=training&seed=11&difficulty=easy');
  await page.waitForFunction(() => window.__ultron?.ready === true, null, { timeout: 30_000 });
  await page.keyboard.press('e'); // end the turn: the AI plays its side
  await page.waitForFunction(() => window.__ultron.ready === true && window.__ultron.state() !== null, null, { timeout: 60_000 });
  const browserHash = await page.evaluate(() => window.__ultron.hash());

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-replay').click()]);
  const file = join(work, 'browser.replay.json');
  await download.saveAs(file);
  const replay = JSON.parse(readFileSync(file, 'utf8'));
  expect(replay.controllers).toMatchObject({ avengers: 'human' });
  const aiSide = Object.keys(replay.controllers).find((s) => replay.controllers[s] === 'easy');
  expect(aiSide).toBeTruthy();
  // The AI's own actions are in the file: something after the player's endTurn is not an endTurn.
  const first = replay.actions.findIndex((a: { type: string }) => a.type === 'endTurn');
  expect(replay.actions.slice(first + 1).some((a: { type: string }) => a.type !== 'endTurn')).toBe(true);
  expect(replay.checkpoints).toHaveLength(replay.actions.length);

  const verified = ultron(['replay', 'verify', file]);
  expect(verified.code, verified.out).toBe(0);
  expect(verified.out).toContain(`final hash ${browserHash}`);
  expect(errors).toEqual([]);
});

test('a tampered replay shows the verifier’s message, the same as the command line’s', async ({ page }) => {
  test.setTimeout(90_000);
  const { file } = simReplay();
  const replay = JSON.parse(readFileSync(file, 'utf8'));
  const h = replay.checkpoints[9].hash as string;
  replay.checkpoints[9].hash = `${h.slice(0, 15)}${h[15] === '0' ? '1' : '0'}`;
  const tampered = join(work, 'tampered.replay.json');
  writeFileSync(tampered, JSON.stringify(replay));
  const cli = ultron(['replay', 'verify', tampered]);
  expect(cli.code).toBe(1);
  expect(cli.out).toMatch(/desync at action 10 /);

  await openFile(page, tampered);
  await expect(page.getByTestId('replay-error-message')).toBeVisible();
  const shown = await page.getByTestId('replay-error-message').textContent();
  expect(cli.out.trim()).toBe(`${tampered}: ${shown}`);
  expect(await page.evaluate(() => window.__ultronReplay.open)).toBe(false);
  await page.screenshot({ path: join(work, 'viewer-tampered.png') });

  // Cut short: a located parse error, not a crash.
  writeFileSync(tampered, readFileSync(file, 'utf8').slice(0, 5000));
  await page.setInputFiles('[data-testid=replay-file]', tampered);
  await expect(page.getByTestId('replay-error-message')).toContainText(/line \d+|position|unexpected end|cut short|truncated/i);

  // The intact file dropped on the page replaces the error with the viewer.
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.replay.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, readFileSync(file, 'utf8'));
  await page.waitForFunction(() => window.__ultronReplay.open && window.__ultronReplay.error === null);
  await expect(page.getByTestId('replay-error')).toHaveCount(0);
});

test('a replay of a scenario this game does not have (a mod) plays from the file alone; taking over is refused with the reason', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchConsole(page);
  const file = join(work, 'mod.replay.json');
  execFileSync(process.execPath, [ULTRON, 'sim', join(ROOT, 'tests', 'cli', 'fixtures', 'skirmish.json'), '--seed', 'm', '--max-turns', '3', '--jobs', '1', '--replay-out', file], { cwd: ROOT });
  const verified = ultron(['replay', 'verify', file]);
  const finalHash = /final hash ([0-9a-f]{16})/.exec(verified.out)?.[1];
  expect(finalHash, verified.out).toBeTruthy();
  await openFile(page, file);
  await page.waitForFunction(() => window.__ultronReplay.open);
  await expect(page.getByTestId('replay-takeover')).toBeDisabled();
  await expect(page.getByTestId('replay-takeover-note')).toContainText('not one of this game');
  await page.locator('.replay-turn').fill('99');
  await page.getByTestId('replay-jump').click();
  expect((await viewer(page)).hash).toBe(finalHash);
  await page.screenshot({ path: join(work, 'viewer-mod.png') });
  expect(errors).toEqual([]);
});
