// Screenshots of the title, the campaign and a battle: each must be a full-size, non-blank image
// (saved under test-results/ to look at), and the screens must carry their real content.
import { expect, test, type Page } from '@playwright/test';

async function shoot(page: Page, name: string) {
  const png = await page.screenshot({ path: `test-results/screens/${name}.png` });
  // PNG header: width and height at bytes 16-23.
  expect(png.readUInt32BE(16)).toBe(1280);
  expect(png.readUInt32BE(20)).toBe(800);
  // A blank or single-colour frame compresses to a few kilobytes; a drawn screen does not.
  expect(png.length).toBeGreaterThan(40_000);
}

test('title screen', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.logo-title')).toHaveText('Ultron Offensive');
  await page.waitForTimeout(500);
  await shoot(page, 'title');
});

test('campaign screen lists the campaign in story order', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-test="play"]').click();
  const names = page.locator('.scenario-item');
  await expect(names).toHaveCount(6);
  const ids = await names.evaluateAll((items) => items.map((i) => i.getAttribute('data-scenario')));
  expect(ids).toEqual(['sokovia-raid', 'avengers-tower', 'salvage-yard', 'johannesburg', 'seoul', 'novi-grad']);
  await shoot(page, 'campaign');
});

test('battle screen', async ({ page }) => {
  await page.goto('/?scenario=training&seed=1');
  await page.waitForFunction(() => window.__ultron?.ready === true, null, { timeout: 30_000 });
  await page.waitForTimeout(1600); // let the turn banner fade
  await shoot(page, 'battle');
});

const CAMPAIGN = ['sokovia-raid', 'avengers-tower', 'salvage-yard', 'johannesburg', 'seoul', 'novi-grad'];

test('the campaign starts its first battle from the briefing; later ones unlock as earlier ones are won', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.locator('[data-test="play"]').click();
  await expect(page.locator('.scenario-item').nth(1)).toHaveClass(/locked/);
  await expect(page.locator('.briefing-text')).not.toBeEmpty();
  await page.locator('[data-difficulty="hard"]').click();
  await page.locator('[data-test="start"]').click();
  await page.waitForFunction(() => window.__ultron?.ready === true, null, { timeout: 30_000 });
  expect(await page.evaluate(() => window.__ultron.scenarioId)).toBe('sokovia-raid');
  expect(new URL(page.url()).searchParams.get('difficulty')).toBe('hard');

  await page.evaluate(() => localStorage.setItem('ultron-offensive.progress', JSON.stringify({ won: { 'sokovia-raid': 'normal' } })));
  await page.goto('/');
  await page.locator('[data-test="play"]').click();
  await expect(page.locator('.scenario-item').nth(0)).toHaveClass(/won/);
  await expect(page.locator('.scenario-item').nth(1)).not.toHaveClass(/locked/);
  await expect(page.locator('.scenario-item').nth(2)).toHaveClass(/locked/);
});

test('the battle map of every campaign scenario', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  for (const id of CAMPAIGN) {
    await page.goto(`/?scenario=${id}&seed=1&difficulty=normal`);
    await page.waitForFunction(() => window.__ultron?.ready === true, null, { timeout: 30_000 });
    expect(await page.evaluate(() => window.__ultron.scenarioId)).toBe(id);
    const state = await page.evaluate(() => window.__ultron.state() as { units: unknown[]; scenario: { id: string } });
    expect(state.scenario.id).toBe(id);
    await shoot(page, `battle-${id}`);
  }
  expect(errors).toEqual([]);
});

test('a small window still plays, and clicks land on the right tiles after a resize', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 620 });
  await page.goto('/?scenario=training&seed=11');
  await page.waitForFunction(() => window.__ultron?.ready === true, null, { timeout: 30_000 });
  const p = await page.evaluate(() => window.__ultron.tileToScreen(4, 9));
  expect(p!.x).toBeGreaterThan(0);
  expect(p!.x).toBeLessThan(820);
  await page.mouse.click(p!.x, p!.y);
  await expect(page.locator('.unit-name')).toHaveText('Captain America');
  await page.setViewportSize({ width: 1100, height: 700 });
  await page.waitForTimeout(300);
  const q = await page.evaluate(() => window.__ultron.tileToScreen(2, 8));
  await page.mouse.click(q!.x, q!.y);
  await expect(page.locator('.unit-name')).toHaveText('Iron Man');
});
