// Mods through the real UI: a scenario with its own unit types, an `extends` unit and a Tiled map is
// loaded from files and played for a turn; a broken one shows its located errors as text and the game
// goes on; a hostile one is refused and nothing stored is touched; a link loads a served file.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

interface UnitView { id: string; type: string; x: number; y: number; ap: number; side: string; out: string | null }
interface StateView { turn: number; side: string; units: UnitView[]; actionCount: number; result: unknown; scenario: { unitTypes: Record<string, { hp: number; armour: number; abilities: { id: string }[] }> } }

const FOUNDRY = 'scenarios/examples/tiled/foundry.json';
const FOUNDRY_MAP = 'scenarios/examples/tiled/foundry.tmj';
const BROKEN = 'tests/modding/fixtures/broken-mod.json';

function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`a dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  return errors;
}

const waitReady = (page: Page) => page.waitForFunction(() => window.__ultron?.ready === true, null, { timeout: 30_000 });
const state = (page: Page) => page.evaluate(() => window.__ultron.state() as StateView);

async function clickTile(page: Page, x: number, y: number) {
  const p = await page.evaluate(([tx, ty]) => window.__ultron.tileToScreen(tx, ty), [x, y]);
  expect(p).not.toBeNull();
  await page.mouse.move(p!.x, p!.y);
  await page.mouse.click(p!.x, p!.y);
}

async function openModScreen(page: Page) {
  await page.goto('/');
  await page.locator('[data-test="mods"]').click();
  await expect(page.locator('[data-test="mod-screen"]')).toBeVisible();
}

/** Plays one turn of the open battle: moves a unit of the player's side, ends the turn, waits for the AI. */
async function playATurn(page: Page) {
  await waitReady(page);
  const before = await state(page);
  // The first unit of the player's side with an open, free tile beside it.
  const plan = await page.evaluate(() => {
    const s = window.__ultron.state() as StateView & { scenario: { map: { width: number; terrain: string[] } } };
    const taken = new Set(s.units.filter((v) => v.out === null).map((v) => `${v.x},${v.y}`));
    const open = (x: number, y: number) => s.scenario.map.terrain[y * s.scenario.map.width + x] === 'open';
    for (const u of s.units.filter((v) => v.side === s.side && v.ap > 0 && v.out === null)) {
      for (const [dx, dy] of [[1, 0], [0, -1], [-1, 0], [0, 1]]) {
        if (!taken.has(`${u.x + dx},${u.y + dy}`) && open(u.x + dx, u.y + dy)) return { id: u.id, to: { x: u.x + dx, y: u.y + dy } };
      }
    }
    return null;
  });
  expect(plan).not.toBeNull();
  const mover = before.units.find((u) => u.id === plan!.id)!;
  const to = plan!.to;
  await clickTile(page, mover.x, mover.y);
  await clickTile(page, to!.x, to!.y);
  await waitReady(page);
  expect((await state(page)).units.find((u) => u.id === mover.id)).toMatchObject(to!);
  await page.keyboard.press('e');
  await page.waitForFunction(() => {
    const s = window.__ultron.state() as { turn: number; result: unknown };
    return (s.turn === 2 && window.__ultron.ready) || s.result !== null;
  }, null, { timeout: 60_000 });
  return state(page);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('ultron-offensive.settings', JSON.stringify({ speed: 4, muted: true, difficulty: 'normal' })));
});

test('a mod with its own units, an extends unit and a Tiled map loads from files and plays a turn', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchConsole(page);
  await openModScreen(page);
  await page.locator('[data-test="mod-file"]').setInputFiles([FOUNDRY, FOUNDRY_MAP]);
  await expect(page.locator('.mod-notice')).toContainText('Loaded "The Foundry (a Tiled map)"');
  const item = page.locator('[data-mod="tiled-foundry"]');
  await expect(item).toContainText('The Foundry (a Tiled map)');
  await item.locator('[data-test="play-mod"]').click();
  await waitReady(page);
  expect(await page.evaluate(() => window.__ultron.scenarioId)).toBe('mod:tiled-foundry');

  const start = await state(page);
  // Units placed in Tiled's object layer, of the mod's own types; the extends unit copies the roster's.
  expect(start.units.find((u) => u.id === 'welder-1')).toMatchObject({ type: 'arc-welder', x: 8, y: 1 });
  expect(start.units.find((u) => u.id === 'sentry-1')).toMatchObject({ type: 'foundry-sentry', x: 10, y: 2 });
  const types = start.scenario.unitTypes;
  expect(types['foundry-sentry']).toMatchObject({ armour: 2, hp: types['ultron-sentry'].hp });
  expect(types['foundry-sentry'].abilities.map((a) => a.id)).toEqual(types['ultron-sentry'].abilities.map((a) => a.id));
  expect(types['arc-welder'].abilities.map((a) => a.id)).toContain('arc-weld');

  const after = await playATurn(page);
  expect(after.actionCount).toBeGreaterThan(start.actionCount + 1);
  if (!after.result) expect(after.side).toBe('avengers');

  // Kept in the library: after a reload it is still there, and can be removed.
  await page.goto('/');
  await page.locator('[data-test="mods"]').click();
  await expect(page.locator('[data-mod="tiled-foundry"]')).toBeVisible();
  await page.locator('[data-mod="tiled-foundry"] [data-test="remove-mod"]').click();
  await expect(page.locator('[data-mod="tiled-foundry"]')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('ultron-offensive.mod.tiled-foundry'))).toBeNull();
  expect(errors).toEqual([]);
});

test('a broken mod shows its errors with line and column, as text, and the game goes on', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchConsole(page);
  await openModScreen(page);
  await page.locator('[data-test="mod-file"]').setInputFiles([FOUNDRY, FOUNDRY_MAP]);
  await expect(page.locator('[data-mod="tiled-foundry"]')).toBeVisible();

  await page.locator('[data-test="mod-file"]').setInputFiles(BROKEN);
  const view = page.locator('[data-test="mod-errors"]');
  await expect(view).toContainText('broken-mod.json has 3 problems');
  await expect(view.locator('.mod-error')).toHaveCount(3);
  await expect(view.locator('.mod-error').nth(0)).toContainText('line 14, column 33');
  await expect(view.locator('.mod-error').nth(0)).toContainText("did you mean 'ultron-sentry'?");
  await expect(view.locator('.mod-error').nth(2)).toContainText("'s1' at x 9, y 1 is outside the 6×3 map");
  // The markup in the file is shown as characters, never made into an element.
  await expect(view).toContainText("unknown field '<img src=x onerror=alert(1)>'");
  expect(await view.locator('img').count()).toBe(0);
  // Looked at by a person, too: MODS_SCREENSHOT=path keeps a copy outside the test output.
  await page.screenshot({ path: process.env.MODS_SCREENSHOT ?? test.info().outputPath('mod-loader-errors.png'), fullPage: true });

  // Not added; the good mod is still there and still plays.
  expect(await page.evaluate(() => localStorage.getItem('ultron-offensive.mod.broken-mod'))).toBeNull();
  await page.locator('[data-mod="tiled-foundry"] [data-test="play-mod"]').click();
  await waitReady(page);
  expect(await page.evaluate(() => window.__ultron.scenarioId)).toBe('mod:tiled-foundry');
  expect(errors).toEqual([]);
});

test('a hostile mod is refused with a message; saves and other mods are untouched', async ({ page }) => {
  const errors = watchConsole(page);
  await openModScreen(page);
  await page.locator('[data-test="mod-file"]').setInputFiles([FOUNDRY, FOUNDRY_MAP]);
  await expect(page.locator('[data-mod="tiled-foundry"]')).toBeVisible();
  await page.evaluate(() => localStorage.setItem('ultron-offensive.save.training', '{"scenarioId":"training","seed":"1","difficulty":"easy","actions":[],"savedAt":"x"}'));
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

  // Two megabytes of one string; then a deeply nested file the parser refuses without overflowing.
  const huge = `{"id": "huge", "name": "${'x'.repeat(2_000_000)}"}`;
  await page.locator('[data-test="mod-file"]').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(huge) });
  await expect(page.locator('[data-test="mod-errors"]')).toContainText('huge.json is 1953 KB; a mod may be at most 1024 KB');
  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  await page.locator('[data-test="mod-file"]').setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(deep) });
  await expect(page.locator('[data-test="mod-errors"]')).toContainText('deep.json has');
  await expect(page.locator('[data-test="mod-errors"]')).toContainText('nesting deeper than');

  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
  await expect(page.locator('[data-mod="tiled-foundry"]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a dropped file loads like a chosen one', async ({ page }) => {
  const errors = watchConsole(page);
  await openModScreen(page);
  const text = readFileSync(BROKEN, 'utf8');
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    document.querySelector('[data-test="mod-drop"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  await expect(page.locator('[data-test="mod-errors"]')).toContainText('dropped.json has 3 problems');
  expect(errors).toEqual([]);
});

test('?scenario-url= loads a file served by the site, and refuses other sites', async ({ page, baseURL }) => {
  const errors = watchConsole(page);
  // Stand-ins for files the site serves: the scenario and the Tiled map it names, side by side.
  await page.route('**/my-mods/foundry.json', (route) => route.fulfill({ contentType: 'application/json', body: readFileSync(FOUNDRY, 'utf8') }));
  await page.route('**/my-mods/foundry.tmj', (route) => route.fulfill({ contentType: 'application/json', body: readFileSync(FOUNDRY_MAP, 'utf8') }));
  await page.goto('/?scenario-url=my-mods/foundry.json&seed=5');
  await waitReady(page);
  expect(await page.evaluate(() => window.__ultron.scenarioId)).toBe('mod:tiled-foundry');
  expect((await state(page)).units.some((u) => u.type === 'arc-welder')).toBe(true);

  await page.goto(`/?scenario-url=${encodeURIComponent('https://example.invalid/evil.json')}`);
  await expect(page.locator('[data-test="mod-screen"]')).toBeVisible();
  await expect(page.locator('.mod-notice, [data-test="mod-errors"]').first()).toContainText('load only from this site');
  expect(baseURL).toBeTruthy();
  expect(errors).toEqual([]);
});

test('the tutorial\'s final scenario, copied from docs/MODDING.md, loads and plays a turn', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchConsole(page);
  const doc = readFileSync('docs/MODDING.md', 'utf8');
  const text = /```json\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf('<!-- tutorial:final -->')))![1];
  await openModScreen(page);
  await page.locator('[data-test="mod-file"]').setInputFiles({ name: 'rooftop-rescue.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.locator('[data-mod="rooftop-rescue"] [data-test="play-mod"]').click();
  await waitReady(page);
  const start = await state(page);
  expect(start.units.find((u) => u.id === 'agent')).toMatchObject({ type: 'shield-agent' });
  const after = await playATurn(page);
  expect(after.actionCount).toBeGreaterThan(start.actionCount + 1);
  expect(errors).toEqual([]);
});
