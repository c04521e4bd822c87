// Keyboard-only walkthroughs of the Narratives and Sources views (the Timeline
// and Actors walkthroughs live in their own specs).
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** Presses Tab until the focused element matches, and returns how many presses it took. */
async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('narratives by keyboard: a topic link, the side toggle, a quote link', async ({ briefing, page }) => {
  await briefing.open('?view=narratives');
  await tabTo(page, 'a[data-topic-link]');
  const topic = await page.evaluate(() => document.activeElement!.getAttribute('data-topic-link'));
  await page.keyboard.press('Enter');
  await expect.poll(() => briefing.query().get('topic')).toBe(topic);
  await expect(page.locator(`[data-topic-id="${topic}"]`)).toBeInViewport();
  // The side toggle is a set of buttons: reach "Afghanistan" and press Space.
  await page.locator('button[data-side-option="both"]').focus();
  await tabTo(page, 'button[data-side-option="afghanistan"]', 3);
  await page.keyboard.press(' ');
  await expect.poll(() => briefing.query().get('side')).toBe('afghanistan');
  await expect(page.locator('[data-side="pakistan"]').first()).toBeHidden();
  // Focus is always visible.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('sources by keyboard: open a source\'s quotes and follow one to its record', async ({ briefing, page }) => {
  await briefing.open('?view=sources');
  // The quotes are drawn as the list opens, their links with hrefs at once: an <a>
  // without one is not focusable, and a Tab right after Enter would skip them.
  const focusable = await page.evaluate(() => {
    const summary = document.querySelector<HTMLElement>('[data-source-id] details.quotes summary')!;
    summary.click();
    const links = [...summary.parentElement!.querySelectorAll('.quote-use a')];
    const ok = links.length > 0 && links.every((a) => a.hasAttribute('href'));
    summary.click();
    return ok;
  });
  expect(focusable).toBe(true);
  await tabTo(page, '[data-source-id] details.quotes summary');
  await page.keyboard.press('Enter');
  const open = page.locator('[data-source-id] details.quotes[open]').first();
  await expect(open).toBeVisible();
  await tabTo(page, '[data-source-id] details.quotes[open] .quote-use a');
  await page.keyboard.press('Enter');
  await expect(briefing.main()).not.toHaveAttribute('data-view', 'sources');
});

test('the export and copy controls are reachable by Tab', async ({ briefing, page }) => {
  await briefing.open('?view=sources');
  for (const name of [/CSV/, /JSON/, /Copy link/]) {
    const control = page.getByRole('button', { name }).first();
    await control.focus();
    await expect(control).toBeFocused();
  }
});
