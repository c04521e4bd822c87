import { test, expect } from './fixtures';

const views = ['Timeline', 'Map', 'Actors', 'Narratives', 'Sources'] as const;

test('the shell shows title, as-of date and the five views', async ({ briefing, page }) => {
  await briefing.open();
  await expect(page.locator('.brand-title')).toContainText('Pakistan');
  await expect(page.locator('.as-of')).toContainText(/As of \d{1,2} \w{3} \d{4}/);
  for (const v of views) await expect(briefing.nav(v)).toBeVisible();
  await expect(page.locator('#skeleton')).toHaveCount(0);
  await expect(briefing.nav('Timeline')).toHaveAttribute('aria-current', 'page');
});

test('each nav link reaches its view, and Back/Forward walk them', async ({ briefing, page }) => {
  await briefing.open();
  for (const v of views.slice(1)) {
    await briefing.nav(v).click();
    await expect(briefing.main()).toHaveAttribute('data-view', v.toLowerCase());
    await expect(page.getByRole('heading', { level: 1 })).toContainText(v);
    await expect.poll(() => briefing.query().get('view')).toBe(v.toLowerCase());
  }
  await page.goBack();
  await expect(briefing.main()).toHaveAttribute('data-view', 'narratives');
  await page.goBack();
  await expect(briefing.main()).toHaveAttribute('data-view', 'actors');
  await page.goForward();
  await expect(briefing.main()).toHaveAttribute('data-view', 'narratives');
});

for (const v of views) {
  test(`a deep link to ${v} survives reload under the sub-path`, async ({ briefing, page }) => {
    await briefing.open(`?view=${v.toLowerCase()}`);
    await expect(briefing.main()).toHaveAttribute('data-view', v.toLowerCase());
    await page.reload();
    await briefing.ready();
    await expect(briefing.main()).toHaveAttribute('data-view', v.toLowerCase());
    expect(new URL(page.url()).pathname).toBe('/briefing/');
  });
}

test('serves a favicon and the dataset download', async ({ page, request }) => {
  expect((await request.get('favicon.svg')).status()).toBe(200);
  const data = await (await request.get('briefing.json')).json();
  expect(data.events.length).toBeGreaterThanOrEqual(35);
  const schema = await (await request.get('briefing.schema.json')).json();
  expect(schema.title).toBe('Briefing');
});

test('a malformed link falls back and says so', async ({ briefing, page }) => {
  await briefing.open('?view=nowhere&kind=bogus&zz=%E0%A4');
  await expect(briefing.main()).toHaveAttribute('data-view', 'timeline');
  await expect(page.getByTestId('url-notice')).toContainText('could not be used');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  // The focus moves on to the content, not back to the top of the page.
  await expect(page.locator('main#main')).toBeFocused();
  await expect(page.getByTestId('url-notice')).toHaveCount(0);
});

// Defect D6: with a classic scrollbar (Firefox, Chrome on Windows) a 390 px phone
// leaves 378 px of page, and "Sources" dropped to a second line of the nav.
for (const width of [378, 348, 320]) {
  test(`the nav fits on one line at ${width} px of page`, async ({ briefing, page }) => {
    await page.setViewportSize({ width, height: 800 });
    await briefing.open();
    const tops = await page.locator('.site-nav a').evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(tops).toHaveLength(5);
    expect(new Set(tops).size, `link tops ${tops}`).toBe(1);
  });
}

// Without JavaScript or WebAssembly: fallback.spec.ts and fallback-no-wasm.spec.ts.
