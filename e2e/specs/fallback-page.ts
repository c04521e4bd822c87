// What a browser that can't run the app shows: the static first screen (the app's
// own drawing of the timeline, made at build time) under a notice of what is
// missing, with links to the whole briefing as plain HTML and to the dataset.
// Shared by fallback.spec.ts and fallback-no-wasm.spec.ts.
import { expect, Page } from '@playwright/test';

export async function expectFallback(page: Page, reason: RegExp) {
  const notice = page.locator('#fallback-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('The interactive briefing can’t run in this browser.');
  await expect(page.locator('#skeleton')).toBeHidden();
  await expect(page.locator('main#main')).toHaveCount(0);
  // As shown: without JavaScript, the line for older browsers is hidden.
  await expect(page.locator('#fallback-reason')).toHaveText(reason, { useInnerText: true });
  // The rest of the briefing, as plain HTML, and the dataset.
  const whole = notice.getByRole('link', { name: 'Read the whole briefing as plain HTML' });
  await expect(whole).toHaveAttribute('href', 'briefing.html');
  expect((await page.request.get(new URL('briefing.html', page.url()).href)).status()).toBe(200);
  const download = notice.getByRole('link', { name: 'download the dataset' });
  await expect(download).toHaveAttribute('href', 'briefing.json');
  expect((await page.request.get(new URL('briefing.json', page.url()).href)).status()).toBe(200);
  // Under it, the first screen: header, the timeline's heading and first cards, with
  // no search box and no "loading" status, as neither will come.
  await expect(page.locator('[data-first-screen] .as-of')).toHaveText('As of 25 Nov 2025');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
  await expect(page.locator('[data-first-screen] article.card')).toHaveCount(4);
  await expect(page.locator('[data-first-screen] article.card').first()).toBeVisible();
  await expect(page.locator('[data-first-screen] input[type=search]')).toBeHidden();
  await expect(page.locator('.first-screen-status')).toBeHidden();
}
