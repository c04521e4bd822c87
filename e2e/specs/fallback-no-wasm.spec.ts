// Chromium without WebAssembly, as in iOS Lockdown Mode or a locked-down workplace
// browser: the static first screen and a notice, never a blank page. V8's --jitless turns WebAssembly off
// as Lockdown Mode does (no JIT, no wasm); --noexpose_wasm no longer hides the
// WebAssembly object in current Chromium (148 and 156 tried).
import { test, expect } from './fixtures';
import { expectFallback, expectWholeBriefing } from './fallback-page';

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--js-flags=--jitless'],
  },
});

test('a deep link shows the first screen, with a notice that WebAssembly is off and links to the rest', async ({ page }) => {
  await page.goto('./?view=actors');
  expect(await page.evaluate(() => typeof WebAssembly)).toBe('undefined');
  await expectFallback(page, /^WebAssembly is turned off or missing in this browser\. iOS and iPadOS Lockdown Mode/);
  // The wasm's 180 KB are never downloaded (the page has no preload of it).
  await page.waitForLoadState('networkidle');
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length);
  expect(wasm).toBe(0);
});

test('at phone width too, with nothing cut off', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await expectFallback(page, /^WebAssembly is turned off/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('its link leads to the whole briefing as plain HTML, complete', async ({ page }) => {
  await page.goto('./?view=narratives');
  await expect(page.locator('#fallback-notice')).toBeVisible();
  await page.getByRole('link', { name: 'Read the whole briefing as plain HTML' }).click();
  await expectWholeBriefing(page);
});
