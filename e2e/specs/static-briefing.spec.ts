// The briefing without the app: briefing.html (the whole dataset as plain HTML,
// rendered natively at build time by `dataset static-site`), and the first screen
// with its notice where the app can't run. Both readable without WebAssembly or
// JavaScript, their links working, and axe clean.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { expectWholeBriefing as expectWhole } from './fallback-page';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('briefing.html is complete: every event with its quotes, the actors, narratives, sources, disagreements and method', async ({ page }) => {
    await page.goto('./briefing.html');
    await expectWhole(page);
  });

  test('the first screen links to it, and the link works', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('link', { name: 'Read the whole briefing as plain HTML' }).click();
    await expect(page).toHaveURL(/briefing\.html$/);
    await expectWhole(page);
  });
});

test.describe('axe', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`briefing.html has no accessibility violations (${scheme})`, async ({ page }) => {
      // axe takes about 22 s over the page's 540 KB.
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('./briefing.html');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const report = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      expect(report, report.join('\n')).toEqual([]);
    });

    test(`the first screen with its notice has no accessibility violations (${scheme})`, async ({ page, consoleErrors }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
      await page.goto('./');
      await expect(page.locator('#fallback-notice')).toBeVisible();
      // The failed wasm fetch is reported, as expected here.
      expect(consoleErrors.every((e) => /wasm|503|could not start/i.test(e))).toBeTruthy();
      consoleErrors.length = 0;
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const report = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      expect(report, report.join('\n')).toEqual([]);
    });
  }
});

test('the built pages are valid HTML (Nu HTML checker): index.html with its first screen, briefing.html', async () => {
  test.setTimeout(60_000);
  const { execFileSync } = await import('node:child_process');
  const { join } = await import('node:path');
  const dist = process.env.DIST_DIR || join(__dirname, '../../dist');
  const jar = join(__dirname, '../node_modules/vnu-jar/build/dist/vnu.jar');
  let report = '';
  try {
    execFileSync('java', ['-jar', jar, '--errors-only', join(dist, 'index.html'), join(dist, 'briefing.html')], { stdio: 'pipe' });
  } catch (e) {
    report = String((e as { stderr?: Buffer }).stderr || e);
  }
  expect(report, report).toBe('');
});
