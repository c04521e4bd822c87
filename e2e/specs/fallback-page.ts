// The fallback page (#static-briefing in index.html): what a browser that can't run
// the app shows. Shared by fallback.spec.ts and fallback-no-wasm.spec.ts.
import { expect, Page } from '@playwright/test';

export async function expectFallback(page: Page, reason: RegExp) {
  const fallback = page.locator('#static-briefing');
  await expect(fallback).toBeVisible();
  await expect(page.locator('#skeleton')).toBeHidden();
  await expect(page.locator('main#main')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The interactive briefing can’t run in this browser');
  // As shown: without JavaScript, the line for older browsers is hidden.
  await expect(page.locator('#fallback-reason')).toHaveText(reason, { useInnerText: true });
  // What works without the app: the dataset download...
  const download = page.getByRole('link', { name: 'Download briefing.json' });
  await expect(download).toBeVisible();
  await expect(download).toHaveAttribute('href', 'briefing.json');
  expect((await page.request.get(new URL('briefing.json', page.url()).href)).status()).toBe(200);
  // ...and the list of the five source articles, as HTML.
  await expect(page.getByRole('heading', { level: 2, name: 'The five source articles' })).toBeVisible();
  const items = page.locator('.static-sources > li');
  await expect(items).toHaveCount(5);
  await expect(items.nth(4).getByRole('heading', { level: 3 })).toContainText('Why Pakistan Attacked Afghanistan from the Air');
  await expect(items.nth(4)).toContainText('The Defense News');
  await expect(items.nth(1)).toContainText('c. Nov 2025');
  await expect(page.locator('.as-of')).toHaveText('As of 25 Nov 2025');
}

