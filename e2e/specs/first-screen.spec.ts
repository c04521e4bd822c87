// The first screen in the HTML (scripts/first-screen.mjs draws it with the app at
// build time; public/boot.js decides before the first paint whether it applies;
// src/components/first_screen.rs takes it over). The wasm is held back here, so the
// static screen can be looked at, then let go to watch the takeover.
import { Page } from '@playwright/test';
import { test, expect } from './fixtures';

test.use({ waitForApp: false });

/** Holds every request for the app's wasm until `release` is called. */
async function holdWasm(page: Page) {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/*_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const takenOver = (page: Page) =>
  expect(page.locator('[data-first-screen]')).toHaveCount(0, { timeout: 20_000 });

/** What a reader sees in the parts the first screen holds, in the static copy or the app. */
async function visibleParts(page: Page, inStatic: boolean) {
  return page.evaluate((inStatic) => {
    const scope = (sel: string) => [...document.querySelectorAll(sel)].filter((e) => !!e.closest('[data-first-screen]') === inStatic);
    const text = (sel: string) => scope(sel).filter((e) => e.getClientRects().length).map((e) => (e as HTMLElement).innerText);
    const box = (sel: string) => {
      const e = scope(sel)[0];
      if (!e) return null;
      const r = e.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map(Math.round);
    };
    return {
      header: text('header.site-header'),
      heading: text('main h1'),
      chart: text('.activity-chart'),
      filters: text('.facet-panel'),
      count: text('[data-testid="result-count"]'),
      cards: text('article.card').slice(0, 3),
      boxes: ['header.site-header', 'main h1', '.activity-chart', '.facet-panel', 'input[type=search]', 'article.card'].map(box),
      filtersOpen: (scope('details.facet-details')[0] as HTMLDetailsElement | undefined)?.open,
      toggle: text('.theme-toggle'),
    };
  }, inStatic);
}

for (const { name, viewport, colorScheme } of [
  { name: 'desktop, light', viewport: { width: 1280, height: 800 }, colorScheme: 'light' as const },
  { name: 'phone, dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark' as const },
]) {
  test.describe(name, () => {
    test.use({ viewport, colorScheme });

    test('the first screen is painted from the HTML, and the app takes it over with nothing moved or changed', async ({ page }) => {
      await page.addInitScript(() => {
        (window as any).__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as any[]) (window as any).__shifts.push(e.value);
        }).observe({ type: 'layout-shift', buffered: true });
        // Headers on show in every frame: the app draws behind the copy over several
        // tasks, so a frame with both, or with neither, would be a visible flash.
        (window as any).__headers = [];
        const tick = () => {
          (window as any).__headers.push(document.querySelectorAll('header.site-header').length
            && [...document.querySelectorAll('header.site-header')].filter((h) => h.getClientRects().length > 0).length);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const release = await holdWasm(page);
      await page.goto('./');
      // Before the wasm: the header, nav, heading, chart and the first cards.
      const header = page.locator('header.site-header[data-first-screen]');
      await expect(header.getByRole('navigation', { name: 'Views' }).getByRole('link')).toHaveText(['Timeline', 'Map', 'Actors', 'Narratives', 'Sources']);
      await expect(page.locator('[data-first-screen] article.card')).toHaveCount(3);
      await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
      await expect(page.locator('[data-first-screen] .activity-chart path.bar').first()).toBeAttached();
      // Honest status: it says the rest is still loading, and its controls are inert.
      await expect(page.getByRole('status').filter({ hasText: 'Loading search, filters and the other views…' })).toBeVisible();
      await expect(page.locator('[data-first-screen] button:not([inert])')).toHaveCount(0);
      await expect(page.locator('#fallback-notice')).toBeHidden();
      await expect(page.locator('#skeleton')).toBeHidden();
      const before = await visibleParts(page, true);
      expect(before.filtersOpen).toBe(viewport.width > 900);
      expect(before.toggle).toEqual([colorScheme === 'dark' ? 'Light mode' : 'Dark mode']);

      release();
      await takenOver(page);
      await expect(page.locator('main#main')).toBeVisible();
      const after = await visibleParts(page, false);
      // The same content in the same places: the static screen is the app's own drawing.
      expect(after).toEqual(before);
      // No duplicate content, no status left, no layout shift at any point.
      await expect(page.locator('header.site-header')).toHaveCount(1);
      await expect(page.locator('main')).toHaveCount(1);
      await expect(page.locator('.first-screen-status')).toHaveCount(0);
      const firstId = await page.locator('article.card').first().getAttribute('data-event-id');
      await expect(page.locator(`article.card[data-event-id="${firstId}"]`)).toHaveCount(1);
      const shift = await page.evaluate(() => (window as any).__shifts.reduce((a: number, b: number) => a + b, 0));
      expect(shift).toBe(0);
      const headers: number[] = await page.evaluate(() => (window as any).__headers);
      const shown = headers.slice(headers.indexOf(1));
      expect(shown.length).toBeGreaterThan(1);
      expect(shown.filter((n) => n !== 1)).toEqual([]);
    });
  });
}

test('focus and scroll stay where the reader left them', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./');
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(250);
  const scrolled = await page.evaluate(() => scrollY);
  const link = page.locator('header[data-first-screen]').getByRole('link', { name: 'Narratives' });
  await link.focus();
  release();
  await takenOver(page);
  expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Narratives' })).toBeFocused();
  // And it is the app's link now: it switches views in place.
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toHaveAttribute('data-view', 'narratives');
});

test('a search typed before the takeover is kept, with the focus and the caret', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./');
  const search = page.locator('[data-first-screen] input[type=search]');
  await search.click();
  await page.keyboard.type('ceasefire');
  release();
  await takenOver(page);
  const live = page.locator('#timeline-search');
  await expect(live).toHaveValue('ceasefire');
  await expect(live).toBeFocused();
  expect(await live.evaluate((i: HTMLInputElement) => i.selectionStart)).toBe('ceasefire'.length);
  await expect(page).toHaveURL(/[?&]q=ceasefire/);
  await expect(page.getByTestId('result-count')).not.toHaveText(/^46 events$/);
  // Typing goes on in the app's own box.
  await page.keyboard.type(' talks');
  await expect(live).toHaveValue('ceasefire talks');
});

for (const query of ['?view=actors&sel=ttp', '?view=timeline&q=kabul', '?view=sources#method']) {
  test(`a deep link (${query}) never shows the default view first`, async ({ page }) => {
    await page.addInitScript(() => {
      (window as any).__seen = [];
      const tick = () => {
        const shown = [...document.querySelectorAll('[data-first-screen]')].some((e) => e.getClientRects().length > 0);
        (window as any).__seen.push(shown);
        if (!document.querySelector('main#main')) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.goto(`./${query}`);
    await expect(page.locator('main#main')).toBeVisible();
    const seen: boolean[] = await page.evaluate(() => (window as any).__seen);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter(Boolean)).toEqual([]);
    await expect(page.locator('[data-first-screen]')).toHaveCount(0);
  });
}

test('?view=timeline alone is the default view: the first screen applies', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./?view=timeline');
  await expect(page.locator('[data-first-screen] article.card').first()).toBeVisible();
  release();
  await takenOver(page);
  await expect(page.locator('main#main')).toHaveAttribute('data-view', 'timeline');
});
