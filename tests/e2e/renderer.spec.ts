// The game picks its renderer (src/game/renderer-choice.ts): Canvas 2D where WebGL is only
// emulated in software, as in headless Chromium here; WebGL where a graphics card draws. Both must
// open and play a battle; `?renderer=` forces either. Any console error fails.
import { expect, test, type Page } from '@playwright/test';

function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('ultron-offensive.settings', JSON.stringify({ speed: 4, muted: true, difficulty: 'normal' })));
});

for (const [query, expected] of [['', 'canvas'], ['&renderer=webgl', 'webgl'], ['&renderer=canvas', 'canvas']] as const) {
  test(`renderer ${query || '(chosen)'}: ${expected}, and a move is played`, async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto(`/?scenario=training&seed=7&difficulty=normal${query}`);
    await page.waitForFunction(() => window.__ultron?.ready === true, null, { timeout: 30_000 });
    expect(await page.evaluate(() => window.__ultron.renderer)).toBe(expected);
    for (const [x, y] of [[2, 8], [5, 7]]) {
      const p = await page.evaluate(([tx, ty]) => window.__ultron.tileToScreen(tx, ty), [x, y]);
      await page.mouse.move(p!.x, p!.y);
      await page.mouse.click(p!.x, p!.y);
    }
    await page.waitForFunction(() => window.__ultron.ready === true);
    const hero = await page.evaluate(() => (window.__ultron.state() as { units: { id: string; x: number; y: number }[] }).units.find((u) => u.id === 'iron-man'));
    expect(hero).toMatchObject({ x: 5, y: 7 });
    expect(errors).toEqual([]);
  });
}
