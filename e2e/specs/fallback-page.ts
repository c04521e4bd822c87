// What a browser that can't run the app shows: the static first screen (the app's
// own drawing of the timeline, made at build time) under a notice of what is
// missing, with links to the whole briefing as plain HTML and to the dataset.
// Shared by fallback.spec.ts and fallback-no-wasm.spec.ts.
import { expect, Page } from '@playwright/test';
import { asRead, loadDataset } from './dataset';

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
  await expect(page.locator('[data-first-screen] article.card')).toHaveCount(3);
  await expect(page.locator('[data-first-screen] article.card').first()).toBeVisible();
  await expect(page.locator('[data-first-screen] input[type=search]')).toBeHidden();
  // With the filters gone, the cards take the whole column (not the filters' narrow one).
  const card = await page.locator('[data-first-screen] article.card').first().boundingBox();
  const width = page.viewportSize()!.width;
  expect(card!.width, 'the first card\'s width').toBeGreaterThan(0.8 * (width - 40));
  await expect(page.locator('.first-screen-status')).toBeHidden();
}

const SECTIONS = ['Events', 'Places', 'Actors', 'Narratives', 'Claims ledger', 'Sources', 'Where the sources disagree', 'Method'];

/** briefing.html, the whole briefing as plain HTML, is complete and its links work. */
export async function expectWholeBriefing(page: Page) {
  const data = await loadDataset(page.request);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.meta.title);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(SECTIONS);
  await expect(page.locator('article[id^="event-"]')).toHaveCount(data.events.length);
  for (const id of ['events', 'places', 'actors', 'narratives', 'ledger', 'sources', 'disagreements', 'method']) await expect(page.locator(`section#${id}`)).toHaveCount(1);
  // Every event, actor and source has its anchor; every quote is there, word for word.
  const page_ = await page.evaluate(() => ({
    ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
    titles: Object.fromEntries([...document.querySelectorAll('article[id^="event-"]')].map((a) => [a.id, (a as HTMLElement).innerText])),
  }));
  const ids = new Set(page_.ids);
  for (const e of data.events) expect(page_.titles[`event-${e.id}`], `event ${e.id}`).toContain(asRead(data, e.title));
  for (const id of [...data.actors.map((a) => `actor-${a.id}`), ...data.sources.map((s) => `source-${s.id}`)]) expect(ids.has(id), `#${id}`).toBeTruthy();
  const text = await page.locator('main').innerText();
  const quotes = data.events.flatMap((e) => e.citations.map((c) => c.quote));
  const missing = quotes.filter((q) => !text.includes(q));
  expect(missing, 'quotes missing from briefing.html').toEqual([]);
  // Links point within the page, to the app, to the dataset, or out over http(s).
  const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const broken = links.filter((h) => h.startsWith('#') && !ids.has(decodeURIComponent(h.slice(1))));
  for (const href of links.filter((h) => !h.startsWith('#'))) expect(href).toMatch(/^(https?:\/\/|\.\/$|briefing\.(json|schema\.json)$)/);
  // Places: one table row and one entry per place; a place chip on a card leads to it.
  await expect(page.locator('#places table.places-table tbody tr')).toHaveCount(data.places.length);
  await expect(page.locator('article.place-entry')).toHaveCount(data.places.length);
  const placed = data.events.find((e) => e.places.length > 0)!;
  await page.locator(`#event-${placed.id} a[data-chip="place"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`#place-${placed.places[0]}$`));
  await expect(page.locator(`#place-${placed.places[0]} h3`)).toBeInViewport();
  await expect(page.locator(`#place-${placed.places[0]}`).getByRole('link', { name: asRead(data, placed.title) })).toBeVisible();
  // The claims ledger: an incident per event whose claims carry a figure, and the
  // link back to its event works.
  const withFigures = data.events.filter((e) => e.claims.some((c) => c.figures.length > 0));
  await expect(page.locator('#ledger section.incident')).toHaveCount(withFigures.length);
  const first = page.locator('#ledger section.incident').first();
  const incident = (await first.getAttribute('id'))!.replace(/^incident-/, '');
  expect(withFigures.map((e) => e.id)).toContain(incident);
  await first.getByRole('link', { name: 'The event under Events' }).click();
  await expect(page).toHaveURL(new RegExp(`#event-${incident}$`));
  await expect(page.locator(`#event-${incident}`)).toBeInViewport();
  // Each source lists every quote taken from it, each linked to the record that uses it.
  const uses = await page.locator('#sources li.quote-use').count();
  const cited = data.sources.map((s) => page.locator(`#source-${s.id} li.quote-use`));
  expect(uses).toBeGreaterThan(data.events.length);
  for (const list of cited) expect(await list.count()).toBeGreaterThan(0);
  const use = page.locator('#sources li.quote-use').filter({ hasText: 'Used in Actor:' }).first();
  const target = (await use.locator('a').getAttribute('href'))!;
  await use.locator('a').click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
  // The contents work as anchors.
  await page.locator('nav.static-toc').getByRole('link', { name: 'Sources', exact: true }).click();
  await expect(page).toHaveURL(/#sources$/);
  await expect(page.locator('section#sources h2')).toBeInViewport();
}

