// A runtime panic shows a visible error banner with a reload link, never a blank page.
import { test, expect } from './fixtures';

test('a forced panic shows the error banner with a reload action', async ({ page, briefing, consoleErrors }) => {
  await briefing.open('?view=actors');
  await page.evaluate(() => {
    try { (window as any).wasmBindings.force_panic_for_tests(); } catch { /* the trap surfaces as an exception */ }
  });
  const banner = page.locator('#error-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toHaveAttribute('role', 'alert');
  await expect(banner).toContainText('Something went wrong');
  await expect(banner).toContainText('Forced panic');
  const reload = banner.getByRole('link', { name: 'Reload the page' });
  await expect(reload).toHaveAttribute('href', /view=actors/);
  // The panic was expected: clear it so the fixture's console check passes.
  expect(consoleErrors.some((e) => e.includes('Forced panic'))).toBeTruthy();
  consoleErrors.length = 0;
  await reload.click();
  await briefing.ready();
  await expect(page.locator('#error-banner')).toHaveCount(0);
  await expect(briefing.main()).toHaveAttribute('data-view', 'actors');
});
