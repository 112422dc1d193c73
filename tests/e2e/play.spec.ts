// Plays through the real UI in headless Chromium: select, move by clicking, attack by clicking,
// undo, end the turn and watch the AI reply, reload mid-turn and carry on. Any console error fails.
import { expect, test, type Page } from '@playwright/test';

interface UnitView { id: string; x: number; y: number; ap: number; hp: number; out: string | null; side: string }
interface StateView { turn: number; side: string; units: UnitView[]; actionCount: number; result: unknown }

function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function waitReady(page: Page) {
  await page.waitForFunction(() => window.__ultron?.ready === true, null, { timeout: 30_000 });
}

const state = (page: Page) => page.evaluate(() => window.__ultron.state() as StateView);
const unit = async (page: Page, id: string) => (await state(page)).units.find((u) => u.id === id)!;

async function clickTile(page: Page, x: number, y: number) {
  const p = await page.evaluate(([tx, ty]) => window.__ultron.tileToScreen(tx, ty), [x, y]);
  expect(p).not.toBeNull();
  await page.mouse.move(p!.x, p!.y);
  await page.mouse.click(p!.x, p!.y);
}

// Fast animations keep the suite short; what is animated is the same at any speed.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('ultron-offensive.settings', JSON.stringify({ speed: 4, muted: true, difficulty: 'normal' })));
});

test('a turn through the UI: select, move, undo, attack, end turn, AI reply, reload', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchConsole(page);
  await page.goto('/?scenario=training&seed=7&difficulty=normal');
  await waitReady(page);
  expect(await page.evaluate(() => window.__ultron.scenarioId)).toBe('training');
  const start = await unit(page, 'iron-man');
  expect(start).toMatchObject({ x: 2, y: 8, ap: 2 });

  // Select Iron Man: his card and abilities appear.
  await clickTile(page, 2, 8);
  await expect(page.locator('.unit-name')).toHaveText('Iron Man');
  await expect(page.locator('[data-ability="repulsor"]')).toBeVisible();

  // Move by clicking a tile.
  await clickTile(page, 5, 7);
  await waitReady(page);
  expect(await unit(page, 'iron-man')).toMatchObject({ x: 5, y: 7, ap: 1 });

  // Undo takes the move back (Z), and the undo button agrees.
  await page.keyboard.press('z');
  await waitReady(page);
  expect(await unit(page, 'iron-man')).toMatchObject({ x: 2, y: 8, ap: 2 });
  await clickTile(page, 2, 8);
  await clickTile(page, 5, 7);
  await waitReady(page);
  expect(await unit(page, 'iron-man')).toMatchObject({ x: 5, y: 7 });

  // Attack by clicking an enemy: the sentry at 9,5 is in repulsor range.
  const before = await state(page);
  await clickTile(page, 5, 7);
  // Hovering the target shows the engine's preview of the outcome before anything is committed.
  const target = await page.evaluate(() => window.__ultron.tileToScreen(9, 5));
  await page.mouse.move(target!.x, target!.y);
  await expect(page.locator('.preview.show')).toContainText('Ultron Sentry: hit');
  expect((await state(page)).actionCount).toBe(before.actionCount);
  await clickTile(page, 9, 5);
  await waitReady(page);
  const after = await state(page);
  expect(after.actionCount).toBe(before.actionCount + 1);
  expect(after.units.find((u) => u.id === 'iron-man')!.ap).toBe(0);
  // An attack can never be undone.
  await expect(page.locator('.undo-btn')).toBeDisabled();

  // End the turn: the AI plays Ultron's side in its worker and hands the turn back.
  await page.locator('.end-btn').click();
  await page.waitForFunction(() => (window.__ultron.state() as { turn: number }).turn === 2, null, { timeout: 30_000 });
  await waitReady(page);
  const next = await state(page);
  expect(next.side).toBe('avengers');

  // Threat overlay (T) and hint (H) answer from the AI worker without touching the game.
  await page.keyboard.press('t');
  await expect(page.locator('.hud-btn', { hasText: 'Threats' })).toHaveClass(/on/);
  await page.keyboard.press('h');
  await expect(page.locator('.message-log')).toContainText('Suggestion', { timeout: 15_000 });
  await waitReady(page);
  expect((await state(page)).actionCount).toBe(next.actionCount);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  expect(next.actionCount).toBeGreaterThan(after.actionCount + 1);

  // Mid-turn reload: move Cap, reload, and the battle is exactly where it was.
  const cap = next.units.find((u) => u.id === 'cap')!;
  await clickTile(page, cap.x, cap.y);
  await clickTile(page, cap.x + 1, cap.y);
  await waitReady(page);
  const hash = await page.evaluate(() => window.__ultron.hash());
  await page.reload();
  await waitReady(page);
  expect(await page.evaluate(() => window.__ultron.hash())).toBe(hash);
  expect(await unit(page, 'cap')).toMatchObject({ x: cap.x + 1, y: cap.y });

  // And play continues from there: the AI moves again, and either the turn comes back or the battle ends.
  await page.keyboard.press('e');
  await page.waitForFunction(() => {
    const s = window.__ultron.state() as { turn: number; result: unknown };
    return (s.turn === 3 && window.__ultron.ready) || s.result !== null;
  }, null, { timeout: 60_000 });
  const last = await state(page);
  if (last.result) await expect(page.locator('.result-screen')).toBeVisible();
  else expect(last.side).toBe('avengers');
  expect(errors).toEqual([]);
});

test('a corrupt autosave is reported and discarded, other saves untouched', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem('ultron-offensive.save.training', '{"scenarioId": "training", "seed": ');
    localStorage.setItem('ultron-offensive.save.other', '{"keep": true}');
  });
  await page.goto('/?scenario=training&seed=3');
  await waitReady(page);
  await expect(page.getByText('The saved battle for "training" could not be')).toHaveCount(1);
  const other = await page.evaluate(() => localStorage.getItem('ultron-offensive.save.other'));
  expect(other).toBe('{"keep": true}');
  expect((await state(page)).actionCount).toBe(0);
  expect(errors).toEqual([]);
});
