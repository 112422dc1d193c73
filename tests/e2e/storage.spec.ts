// The browser's storage going wrong: entries that cannot be read, an autosave from an older version,
// storage filled to its quota, and a tab reloaded while the AI is in the middle of its turn. The game
// must say what happened, keep what it can, and never lose one entry because another is bad.
import { expect, test, type Page } from '@playwright/test';

const KEY = 'ultron-offensive.';

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const readStorage = (page: Page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
const notices = (page: Page) => page.getByTestId('storage-notice');

test('unreadable and old entries are reported and dropped alone; the other saves and progress stay', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  const goodSave = JSON.stringify({ scenarioId: 'seoul', seed: '42', difficulty: 'hard', actions: [{ type: 'endTurn' }], savedAt: '2026-01-01T00:00:00Z' });
  await page.addInitScript(({ key, goodSave }) => {
    if (sessionStorage.getItem('seeded')) return; // only before the first load
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(`${key}settings`, '{"speed": 4, "muted": tru');
    localStorage.setItem(`${key}progress`, JSON.stringify({ won: { 'sokovia-raid': 'normal', seoul: 'legendary' } }));
    localStorage.setItem(`${key}save.training`, '{"scenarioId":"training","seed":"5","difficulty":"easy","actions":[{"type":"move","unit":');
    localStorage.setItem(`${key}save.johannesburg`, JSON.stringify({ scenarioId: 'johannesburg', seed: '9', actions: [] }));
    localStorage.setItem(`${key}save.seoul`, goodSave);
  }, { key: KEY, goodSave });

  await page.goto('/?scenario=training&seed=5&difficulty=easy');
  await page.waitForFunction(() => window.__ultron?.ready === true, null, { timeout: 30_000 });
  await expect(notices(page).filter({ hasText: 'settings could not be read' })).toBeVisible();
  await expect(notices(page).filter({ hasText: /saved battle for "training".*not valid JSON.*other saves are untouched/ })).toBeVisible();
  // A fresh battle started in place of the unreadable one.
  expect(await page.evaluate(() => (window.__ultron.state() as { turn: number }).turn)).toBe(1);

  // The title screen reads every save: the old-version one is named as such.
  await page.goto('/');
  await expect(notices(page).filter({ hasText: /"johannesburg".*older version/ })).toBeVisible({ timeout: 15_000 });
  const stored = await readStorage(page);
  expect(stored[`${KEY}save.seoul`]).toBe(goodSave);
  expect(stored[`${KEY}save.johannesburg`]).toBeUndefined();
  // Progress (read by the campaign screen): the bad entry is reported and left out; the good one is kept.
  await page.locator('[data-test=play]').click();
  await expect(notices(page).filter({ hasText: '1 entry of your campaign progress could not be read' })).toBeVisible();
  expect(JSON.parse(stored[`${KEY}progress`]).won['sokovia-raid']).toBe('normal');
  expect(errors).toEqual([]);
});

test('storage full: the battle plays on and the player is told the autosave could not be written', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  const keep = JSON.stringify({ scenarioId: 'seoul', seed: '1', difficulty: 'normal', actions: [], savedAt: 'x' });
  await page.addInitScript(({ key, keep }) => {
    localStorage.setItem(`${key}settings`, JSON.stringify({ speed: 4, muted: true, difficulty: 'easy' }));
    localStorage.setItem(`${key}save.seoul`, keep);
    // Fill what is left of the quota with one filler entry, halving the chunk until nothing fits.
    let filler = '';
    for (let chunk = 1 << 22; chunk >= 16; chunk >>= 1) {
      const piece = 'x'.repeat(chunk);
      for (;;) {
        try {
          localStorage.setItem('filler', filler + piece);
          filler += piece;
        } catch {
          break;
        }
      }
    }
  }, { key: KEY, keep });
  await page.goto('/?scenario=training&seed=3&difficulty=easy');
  await page.waitForFunction(() => window.__ultron?.ready === true, null, { timeout: 30_000 });
  await expect(notices(page).filter({ hasText: /storage for this game is full: the autosave of "training"/ })).toBeVisible();
  await page.keyboard.press('e');
  await page.waitForFunction(() => window.__ultron.ready === true && (window.__ultron.state() as { turn: number }).turn === 2, null, { timeout: 60_000 });
  const stored = await readStorage(page);
  expect(stored[`${KEY}save.seoul`]).toBe(keep);
  expect(stored[`${KEY}save.training`]).toBeUndefined();
  expect(errors).toEqual([]);
});

test('a tab reloaded during the AI turn resumes from the last completed action', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.addInitScript((key) => localStorage.setItem(`${key}settings`, JSON.stringify({ speed: 1, muted: true, difficulty: 'easy' })), KEY);
  const url = '/?scenario=training&seed=21&difficulty=easy';
  const saved = () => page.evaluate((k) => JSON.parse(localStorage.getItem(`${k}save.training`) ?? '{"actions":[]}').actions as unknown[], KEY);
  await page.goto(url);
  await page.waitForFunction(() => window.__ultron?.ready === true, null, { timeout: 30_000 });
  await page.keyboard.press('e');
  const playerActions = 1;
  // Wait until the AI has completed at least one action of its own, then reload mid-turn.
  await page.waitForFunction(([k, n]) => {
    const save = JSON.parse(localStorage.getItem(`${k}save.training`) ?? '{"actions":[]}');
    return save.actions.length > n && window.__ultron.busy;
  }, [KEY, playerActions] as const, { timeout: 30_000, polling: 20 });
  const before = await saved();
  expect(await page.evaluate(() => window.__ultron.busy)).toBe(true);
  await page.reload();
  await page.waitForFunction(() => window.__ultron?.ready === true, null, { timeout: 60_000 });
  const after = await saved();
  // Nothing completed was lost or played differently: the save after resuming starts with the one before.
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after.length).toBeGreaterThan(before.length);
  const resumedHash = await page.evaluate(() => window.__ultron.hash());

  // The same battle never interrupted reaches the same state (the AI is seeded, so it plays alike).
  const fresh = await page.context().newPage();
  await fresh.goto('/');
  await fresh.evaluate((k) => localStorage.removeItem(`${k}save.training`), KEY);
  await fresh.goto(url);
  await fresh.waitForFunction(() => window.__ultron?.ready === true, null, { timeout: 30_000 });
  await fresh.keyboard.press('e');
  await fresh.waitForFunction(() => window.__ultron.ready === true && (window.__ultron.state() as { turn: number }).turn === 2, null, { timeout: 60_000 });
  expect(await fresh.evaluate(() => window.__ultron.hash())).toBe(resumedHash);
  expect(errors).toEqual([]);
});

test('a bad mod entry is removed alone: the other mod, the saves and the progress stay', async ({ page }) => {
  test.setTimeout(60_000);
  const errors = watchErrors(page);
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(new URL('../cli/fixtures/skirmish.json', import.meta.url), 'utf8');
  const id = JSON.parse(text).id as string;
  const goodMod = JSON.stringify({ id, name: 'CLI skirmish', source: 'skirmish.json', text, tiledMaps: {}, addedAt: '2026-01-01T00:00:00Z' });
  const save = JSON.stringify({ scenarioId: `mod:${id}`, seed: '2', difficulty: 'normal', actions: [], savedAt: 'x' });
  await page.addInitScript(({ key, id, goodMod, save }) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(`${key}mod.${id}`, goodMod);
    localStorage.setItem(`${key}mod.broken`, '{"id":"broken","name":');
    localStorage.setItem(`${key}mod.renamed`, goodMod); // a valid mod under another mod's key: not trusted
    localStorage.setItem(`${key}save.mod:${id}`, save);
    localStorage.setItem(`${key}progress`, JSON.stringify({ won: { 'sokovia-raid': 'hard' } }));
  }, { key: KEY, id, goodMod, save });
  await page.goto('/');
  await page.locator('[data-test=mods]').click();
  const library = page.locator('[data-test=mod-library]');
  await expect(library.locator(`[data-mod="${id}"]`)).toBeVisible();
  await expect(library).toContainText('The stored mod "broken" could not be read and was removed');
  const stored = await readStorage(page);
  expect(stored[`${KEY}mod.${id}`]).toBe(goodMod);
  expect(stored[`${KEY}mod.broken`]).toBeUndefined();
  expect(stored[`${KEY}save.mod:${id}`]).toBe(save);
  expect(JSON.parse(stored[`${KEY}progress`])).toEqual({ won: { 'sokovia-raid': 'hard' } });
  expect(errors).toEqual([]);
});
