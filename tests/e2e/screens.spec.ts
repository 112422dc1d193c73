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
