// axe-core finds no serious or critical violations on any view, in both colour schemes.
import { test, expect } from './fixtures';
import AxeBuilder from '@axe-core/playwright';

const views = ['timeline', 'actors', 'narratives', 'sources'];

for (const scheme of ['light', 'dark'] as const) {
  for (const view of views) {
    test(`${view} has no serious accessibility violations (${scheme})`, async ({ page, briefing }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await briefing.open(`?view=${view}`);
      await expect(briefing.main()).toHaveAttribute('data-view', view);
      await page.waitForTimeout(200);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const report = serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      expect(report, report.join('\n')).toEqual([]);
    });
  }
}

test('an expanded card passes too', async ({ page, briefing }) => {
  await briefing.open('?open=ev-nov24-strikes');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => v.id)).toEqual([]);
});

test('the theme toggle overrides the system scheme and is remembered', async ({ page, briefing }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await briefing.open();
  const toggle = page.getByRole('button', { name: /Dark mode|Light mode/ });
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).not.toBe('rgb(255, 255, 255)');
  await page.reload();
  await briefing.ready();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('reduced motion turns transitions off', async ({ page, briefing }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await briefing.open();
  const duration = await page.locator('article.card').first().evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(['0s', '1e-05s']).toContain(duration);
});

test('landmarks and headings: one banner, nav, main, one h1 per view', async ({ page, briefing }) => {
  for (const view of views) {
    await briefing.open(`?view=${view}`);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Views' })).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveCount(1);
  }
});
