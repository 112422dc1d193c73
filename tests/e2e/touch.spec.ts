// Touch play in headless Chromium, with real touch events (Chrome DevTools Protocol): tap a hero to
// select it, tap a tile to see where the move goes and tap again to make it, pinch with two
// fingers to zoom, drag one finger to pan. Any console error fails.
import { expect, test, type CDPSession, type Page } from '@playwright/test';

test.use({ hasTouch: true });

interface UnitView { id: string; x: number; y: number; ap: number }

const unit = (page: Page, id: string) =>
  page.evaluate((uid) => (window.__ultron.state() as { units: UnitView[] }).units.find((u) => u.id === uid)!, id);

const tilePoint = async (page: Page, x: number, y: number) => {
  const p = await page.evaluate(([tx, ty]) => window.__ultron.tileToScreen(tx, ty), [x, y]);
  expect(p).not.toBeNull();
  return p!;
};

/** Screen pixels from one tile's centre to the next one's: the map's zoom as the player sees it. */
const tileSpan = async (page: Page) => {
  const a = await page.evaluate(() => window.__ultron.tileToScreen(4, 4));
  const b = await page.evaluate(() => window.__ultron.tileToScreen(5, 4));
  return b!.x - a!.x;
};

type Point = { x: number; y: number };

async function touch(cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) {
  await cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((p, id) => ({ x: Math.round(p.x), y: Math.round(p.y), id })),
  });
}

async function tap(page: Page, cdp: CDPSession, x: number, y: number) {
  const p = await tilePoint(page, x, y);
  await touch(cdp, 'touchStart', [p]);
  await page.waitForTimeout(40);
  await touch(cdp, 'touchEnd', []);
  await page.waitForTimeout(60);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('ultron-offensive.settings', JSON.stringify({ speed: 4, muted: true, difficulty: 'normal' })));
});

test('tap to select and move, pinch to zoom, drag to pan', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/?scenario=training&seed=7&difficulty=normal');
  await page.waitForFunction(() => window.__ultron?.ready === true, null, { timeout: 30_000 });
  const cdp = await page.context().newCDPSession(page);

  // Tap Iron Man: his card shows.
  expect(await unit(page, 'iron-man')).toMatchObject({ x: 2, y: 8, ap: 2 });
  await tap(page, cdp, 2, 8);
  await expect(page.locator('.unit-name')).toHaveText('Iron Man');

  // A finger has no hover: the first tap on a tile shows the move, the second makes it.
  await tap(page, cdp, 5, 7);
  expect(await unit(page, 'iron-man')).toMatchObject({ x: 2, y: 8, ap: 2 });
  await tap(page, cdp, 5, 7);
  await page.waitForFunction(() => window.__ultron.ready === true);
  expect(await unit(page, 'iron-man')).toMatchObject({ x: 5, y: 7, ap: 1 });

  // Two fingers moving apart zoom in; moving together zoom back out.
  const before = await tileSpan(page);
  const centre = await tilePoint(page, 6, 6);
  const spread = async (from: number, to: number) => {
    await touch(cdp, 'touchStart', [{ x: centre.x - from, y: centre.y }, { x: centre.x + from, y: centre.y }]);
    for (let i = 1; i <= 6; i++) {
      const d = from + ((to - from) * i) / 6;
      await touch(cdp, 'touchMove', [{ x: centre.x - d, y: centre.y }, { x: centre.x + d, y: centre.y }]);
      await page.waitForTimeout(20);
    }
    await touch(cdp, 'touchEnd', []);
    await page.waitForTimeout(60);
  };
  await spread(40, 120);
  const zoomedIn = await tileSpan(page);
  expect(zoomedIn).toBeGreaterThan(before * 1.3);
  await spread(120, 50);
  expect(await tileSpan(page)).toBeLessThan(zoomedIn * 0.8);
  // The pinch selected nothing and moved no one.
  expect(await unit(page, 'iron-man')).toMatchObject({ x: 5, y: 7, ap: 1 });

  // One finger dragging pans the map with it.
  await spread(40, 120);
  const start = await page.evaluate(() => {
    // Read where a tile is without bringing it into view (tileToScreen would pan to it).
    return window.__ultron.tileToScreen(6, 6);
  });
  await touch(cdp, 'touchStart', [{ x: start!.x, y: start!.y }]);
  for (let i = 1; i <= 6; i++) {
    await touch(cdp, 'touchMove', [{ x: start!.x - 10 * i, y: start!.y - 6 * i }]);
    await page.waitForTimeout(20);
  }
  await touch(cdp, 'touchEnd', []);
  await page.waitForTimeout(60);
  const after = await page.evaluate(() => window.__ultron.tileToScreen(6, 6));
  expect(after!.x).toBeLessThan(start!.x - 30);
  expect(after!.y).toBeLessThan(start!.y - 15);
  expect(await unit(page, 'iron-man')).toMatchObject({ x: 5, y: 7, ap: 1 });
  expect(errors).toEqual([]);
});
