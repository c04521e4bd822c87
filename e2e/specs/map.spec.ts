// The Map view: counts from the timeline's result, the time control, selection in
// the URL, the keyboard path, zoom, the list alternative, labels that never
// overlap, the contested-border notes, the fetch's error state, axe.
import { test, expect } from './fixtures';
import { loadDataset, type Dataset, type Event } from './dataset';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const marker = (page: Page, id: string) => page.locator(`svg.map-svg g.place[data-place-id="${id}"]`);
const count = async (page: Page, id: string) => Number(await marker(page, id).locator('text.count').textContent());
const panel = (page: Page) => page.locator('#map-panel');
const placed = (data: Dataset, e: Event) => e.places.some((p) => data.places.some((q) => q.id === p));
// A city is the most precise kind of place: an event is always shown at the cities it names.
const cities = (data: Dataset) => data.places.filter((p) => p.kind === 'city');
const atCity = (events: Event[], id: string) => events.filter((e) => e.places.includes(id)).length;


async function openMap(briefing: { open: (q: string) => Promise<void> }, page: Page, query = '') {
  await briefing.open(`?view=map${query}`);
  await expect(page.locator('svg.map-svg').first()).toBeVisible();
}

test('the view opens from the nav, loads the boundaries and counts every placed event', async ({ briefing, page, request }) => {
  const data = await loadDataset(request);
  await briefing.open();
  const nav = page.getByRole('navigation', { name: 'Views' }).getByRole('link');
  await expect(nav.nth(1)).toHaveText('Map');
  const loaded = page.waitForResponse((r) => r.url().endsWith('/boundaries.txt') && r.ok());
  await nav.nth(1).click();
  await loaded;
  await expect(briefing.main()).toHaveAttribute('data-view', 'map');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map');
  await expect(page.locator('svg.map-svg [data-region-id]').first()).toBeVisible();
  await expect(page.locator('svg.map-svg g.place[data-place-id]')).toHaveCount(data.places.length);
  const withPlace = data.events.filter((e) => placed(data, e)).length;
  await expect(page.getByTestId('map-count')).toContainText(`${withPlace} events on the map`);
  await expect(page.getByTestId('map-count')).toContainText(`${data.events.length - withPlace} with no place`);
  for (const c of cities(data)) expect(await count(page, c.id), c.name).toBe(atCity(data.events, c.id));
  // Far places sit in the inset, the border region in the main frame.
  for (const id of ['pl-doha', 'pl-ankara', 'pl-istanbul']) await expect(page.getByTestId('map-inset').locator(`[data-place-id="${id}"]`)).toHaveCount(1);
  await expect(page.getByTestId('map-main').locator('[data-place-id="pl-kabul"]')).toHaveCount(1);
  // Contested ground, and the credit.
  await expect(page.getByTestId('durand-note')).toContainText('Kabul does not recognise it');
  await expect(page.getByTestId('durand-note')).toContainText('the disputed border separating the two countries');
  await expect(page.locator('path.line.de-facto')).not.toHaveCount(0);
  await expect(page.locator('path.line.disputed')).not.toHaveCount(0);
  await expect(page.getByTestId('map-credit')).toHaveText('Boundaries: Natural Earth');
  // The module's links get their hrefs too (a link drawn without one would not be crawlable).
  await expect(page.locator('main a[data-intent]').first()).toBeVisible();
  await expect.poll(() => page.locator('main a[data-intent]:not([href])').count()).toBe(0);
  await expect(page.locator('.map-skip a')).toHaveAttribute('href', /#map-list$/);
  // Names say count and disputes.
  const kabul = data.places.find((p) => p.id === 'pl-kabul')!;
  await expect(marker(page, kabul.id)).toHaveAttribute('aria-label', new RegExp(`^${kabul.name} \\(city\\): \\d+ events?`));
  await expect(page.locator('svg.map-svg g.place.has-disputed').first()).toBeVisible();
});

test('filters and search from the timeline narrow the map, and survive the switch back', async ({ briefing, page, request }) => {
  const data = await loadDataset(request);
  await briefing.open('?kind=airstrike');
  await briefing.nav('Timeline');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Map', exact: true }).click();
  await expect(page.locator('svg.map-svg g.place').first()).toBeVisible();
  expect(briefing.query().get('kind')).toBe('airstrike');
  const strikes = data.events.filter((e) => e.kind === 'airstrike');
  await expect(page.getByTestId('map-count')).toContainText(`${strikes.filter((e) => placed(data, e)).length} event`);
  for (const c of cities(data)) expect(await count(page, c.id), c.name).toBe(atCity(strikes, c.id));
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Timeline', exact: true }).click();
  await expect(page.getByTestId('result-count')).toContainText(`${strikes.length} of ${data.events.length}`);

  // A search typed on the timeline narrows the map too.
  await openMap(briefing, page, '&q=Doha');
  const total = Number((await page.getByTestId('map-count').textContent())!.match(/\d+/)![0]);
  const all = data.events.filter((e) => placed(data, e)).length;
  expect(total).toBeLessThan(all);
  expect(total).toBeGreaterThan(0);
});

test('the time control steps month by month and changes the counts', async ({ briefing, page, request }) => {
  const data = await loadDataset(request);
  await openMap(briefing, page);
  const slider = page.getByTestId('map-month');
  await slider.focus();
  await page.keyboard.press('End');
  const months = [...new Set(data.events.filter((e) => e.precision !== 'year' && /^\d{4}-\d{2}/.test(e.date)).map((e) => e.date.slice(0, 7)))].sort();
  const last = months[months.length - 1];
  await expect.poll(() => briefing.query().get('month')).toBe(last);
  const inLast = data.events.filter((e) => e.date.startsWith(last) && e.precision !== 'year');
  await expect(page.getByTestId('map-count')).toContainText(`${inLast.filter((e) => placed(data, e)).length} event`);
  for (const c of cities(data)) expect(await count(page, c.id), c.name).toBe(atCity(inLast, c.id));
  await page.getByRole('button', { name: 'Previous month' }).click();
  const prev = months[months.length - 2];
  await expect.poll(() => briefing.query().get('month')).toBe(prev);
  await expect(page.getByTestId('map-month-value')).not.toHaveText('All months');
  await page.getByRole('button', { name: 'All months' }).click();
  await expect.poll(() => briefing.query().has('month')).toBe(false);
  // A month with no events lands on the stop before it, with a notice.
  await openMap(briefing, page, '&month=2099-01');
  await expect(page.locator('.notice')).toContainText('month=2099-01');
  await expect.poll(() => briefing.query().get('month')).toBe(last);
});

test('selecting a place lists its events and claims, lives in the URL, and opens a card on the timeline', async ({ briefing, page, request }) => {
  const data = await loadDataset(request);
  await openMap(briefing, page);
  await marker(page, 'pl-kabul').click();
  await expect.poll(() => briefing.query().get('pl')).toBe('pl-kabul');
  await expect(marker(page, 'pl-kabul')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kabul');
  const kabul = data.events.filter((e) => e.places.includes('pl-kabul'));
  await expect(panel(page).locator('.map-events li')).toHaveCount(kabul.length);
  const claims = kabul.flatMap((e) => e.claims);
  await expect(panel(page).locator('.map-claim')).toHaveCount(claims.length);
  if (claims.length) {
    const actor = data.actors.find((a) => a.id === claims[0].claimant);
    await expect(panel(page).locator('.map-claim').first()).toContainText(actor ? actor.name : claims[0].claimant);
    await expect(panel(page).locator('.map-claim').first()).toContainText('source:');
  }
  // Survives reload; Back clears it.
  await page.reload();
  await briefing.ready();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kabul');
  await marker(page, 'pl-peshawar').click();
  await expect.poll(() => briefing.query().get('pl')).toBe('pl-peshawar');
  await page.goBack();
  await expect.poll(() => briefing.query().get('pl')).toBe('pl-kabul');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kabul');
  // An event opens its card on the timeline.
  const first = panel(page).locator('.map-events li').first();
  const id = await first.getAttribute('data-event-id');
  await first.getByRole('link').click();
  await expect(briefing.main()).toHaveAttribute('data-view', 'timeline');
  await expect.poll(() => briefing.query().get('open')).toBe(id);
  await expect(page.locator(`article.card[data-event-id="${id}"]`)).toBeVisible();
});

test('keyboard: Tab to a place, arrows move between places, Enter selects, + and − zoom, arrows pan', async ({ briefing, page }) => {
  await openMap(briefing, page);
  await marker(page, 'pl-kabul').focus();
  await page.keyboard.press('ArrowRight');
  const moved = await page.evaluate(() => document.activeElement?.getAttribute('data-place-id'));
  expect(moved).toBeTruthy();
  expect(moved).not.toBe('pl-kabul');
  await page.keyboard.press('Enter');
  await expect.poll(() => briefing.query().get('pl')).toBe(moved);
  const svg = page.getByTestId('map-main').locator('svg');
  const before = await svg.getAttribute('viewBox');
  await page.keyboard.press('+');
  await expect(svg).not.toHaveAttribute('viewBox', before!);
  const zoomed = await svg.getAttribute('viewBox');
  await page.getByTestId('map-main').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(svg).not.toHaveAttribute('viewBox', zoomed!);
  await page.keyboard.press('-');
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await expect(svg).toHaveAttribute('viewBox', before!);
  // Buttons and the wheel zoom too.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(svg).not.toHaveAttribute('viewBox', before!);
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  const box = (await svg.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await expect(svg).not.toHaveAttribute('viewBox', before!);
});

test('the list mirrors the map and selects too', async ({ briefing, page, request }) => {
  const data = await loadDataset(request);
  await openMap(briefing, page, '&kind=attack');
  const rows = page.getByTestId('map-table').locator('tbody tr');
  await expect(rows).toHaveCount(data.places.length);
  for (const p of data.places) {
    const row = page.getByTestId('map-table').locator(`tr[data-place-id="${p.id}"]`);
    await expect(row.locator('td.num').first()).toHaveText(String(await count(page, p.id)));
  }
  await page.getByTestId('map-table').locator('tr[data-place-id="pl-doha"] button').click();
  await expect.poll(() => briefing.query().get('pl')).toBe('pl-doha');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Doha');
});

for (const [w, h] of [[1280, 800], [390, 844]]) {
  test(`labels never overlap at ${w}×${h}`, async ({ briefing, page }) => {
    await page.setViewportSize({ width: w, height: h });
    await openMap(briefing, page);
    await page.waitForTimeout(300);
    const boxes = await page.locator('svg.map-svg text.map-label').evaluateAll((els) =>
      els.map((e) => { const r = e.getBoundingClientRect(); return { t: e.textContent, x: r.x, y: r.y, w: r.width, h: r.height, svg: e.closest('svg') }; })
        .map((b, i, all) => ({ ...b, frame: all.findIndex((o) => o.svg === b.svg), svg: undefined })));
    expect(boxes.length).toBeGreaterThan(8);
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const shrink = 0.5;
        if (a.x + shrink < b.x + b.w - shrink && b.x + shrink < a.x + a.w - shrink && a.y + shrink < b.y + b.h - shrink && b.y + shrink < a.y + a.h - shrink)
          clashes.push(`${a.t} × ${b.t}`);
      }
    expect(clashes).toEqual([]);
    await page.screenshot({ path: `test-results/map-${w}.png` });
  });
}

test('a failed boundary fetch shows the error state, and Try again loads the map', async ({ briefing, page, consoleErrors }) => {
  await page.route('**/boundaries.txt', (r) => r.abort());
  await briefing.open('?view=map');
  await expect(page.getByTestId('map-error')).toBeVisible();
  await expect(page.getByTestId('map-error')).toContainText('could not be loaded');
  await expect(page.getByTestId('map-table')).toHaveCount(0);
  await page.unroute('**/boundaries.txt');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('svg.map-svg g.place').first()).toBeVisible();
  // The aborted request is logged by the browser; it was expected.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/Failed to load resource|ERR_FAILED/.test(e)));
});

for (const [w, h] of [[1280, 800], [390, 844]] as const) {
  test(`opening the Map moves nothing on screen while its module, boundaries and stylesheet arrive (${w}×${h})`, async ({ briefing, page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.addInitScript(() => {
      (window as any).__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (window as any).__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openMap(briefing, page);
    await expect(page.locator('.map-ready')).toHaveCSS('visibility', 'visible');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as any).__shift)).toBeLessThan(0.01);
  });
}

test('the map is in the views module, fetched only when such a view first opens; a failed fetch can be tried again', async ({ briefing, page, consoleErrors }) => {
  const fetched: string[] = [];
  page.on('request', (r) => { if (/\/views\/briefing-views-[0-9a-f]+(\.js|_bg\.wasm)$/.test(r.url())) fetched.push(r.url()); });
  await briefing.open();
  await expect(page.locator('article.card').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(fetched, 'the first load fetched the views module').toEqual([]);
  await page.route('**/views/briefing-views-*.js', (r) => r.abort());
  await briefing.nav('Map').click();
  await expect(page.getByTestId('view-module-error')).toBeVisible();
  await expect(page.getByTestId('view-module-error')).toContainText('The map could not be loaded');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map');
  await page.unroute('**/views/briefing-views-*.js');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('svg.map-svg g.place').first()).toBeVisible();
  await expect(page.getByTestId('view-module-error')).toHaveCount(0);
  // Kept for the page's life: leaving and coming back fetches nothing more.
  const before = fetched.length;
  await briefing.nav('Timeline').click();
  await expect(briefing.main()).toHaveAttribute('data-view', 'timeline');
  await briefing.nav('Map').click();
  await expect(page.locator('svg.map-svg g.place').first()).toBeVisible();
  expect(fetched.length).toBe(before);
  // One map, not two: the first mount's view was disposed with its frame.
  await expect(page.locator('section.map-view')).toHaveCount(1);
  // Actors, Narratives and Sources are in the same module: nothing more is fetched.
  for (const [name, drawn] of [['Actors', 'svg.network [data-actor-id]'], ['Narratives', '[data-topic-id]'], ['Sources', '[data-testid="export-csv"]']]) {
    await briefing.nav(name).click();
    await expect(page.locator(drawn).first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  }
  expect(fetched.length).toBe(before);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/Failed to load resource|ERR_FAILED|dynamically imported module/.test(e)));
});

test('a deep link to the Map fetches the views module beside the app, once', async ({ briefing, page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => { if (/\/views\/briefing-views-[0-9a-f]+(\.js|_bg\.wasm)$/.test(r.url())) fetched.push(r.url().replace(/.*\/views\/briefing-views-[0-9a-f]+/, 'briefing-views')); });
  await briefing.open('?view=map');
  await expect(page.locator('section.map-view svg').first()).toBeVisible();
  // The loader asked for the module before the app had even begun to read its dataset.
  const [moduleStart, appParse] = await page.evaluate(() => [
    performance.getEntriesByType('resource').find((e) => /\/views\/briefing-views-[0-9a-f]+\.js$/.test(e.name))?.startTime ?? NaN,
    performance.getEntriesByName('briefing:parse-start')[0]?.startTime ?? NaN,
  ]);
  expect(moduleStart, 'the views module was fetched').not.toBeNaN();
  expect(moduleStart, 'the module fetch started before the app ran').toBeLessThan(appParse);
  // The app's wasm was asked for once, by boot.js in <head>, while the page was still being parsed.
  const [appWasm, parsed] = await page.evaluate(() => [
    performance.getEntriesByType('resource').filter((e) => /\/briefing-[0-9a-f]+_bg\.wasm$/.test(e.name)).map((e) => e.startTime),
    (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
  ] as const);
  expect(appWasm).toHaveLength(1);
  expect(appWasm[0], 'the wasm was asked for before the page was parsed').toBeLessThan(parsed);
  await page.waitForLoadState('networkidle');
  expect(fetched.sort()).toEqual(['briefing-views.js', 'briefing-views_bg.wasm']);
  // The Timeline's deep link fetches no module.
  fetched.length = 0;
  await briefing.open('?view=timeline&q=border');
  await expect(page.locator('article.card').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
});

/** The wasm files a page fetched, by folder: '' (the app), 'views/' or 'deep/'. */
function wasmFetched(urls: string[]) {
  return urls.filter((u) => u.endsWith('_bg.wasm')).map((u) => u.match(/\/((?:views|deep)\/)?briefing(?:-views|-deep)?-[0-9a-f]+_bg\.wasm$/)?.[1] ?? '').sort();
}

test('a deep link to Actors, Narratives or Sources loads one wasm, the app built with them; the Map then fetches the module', async ({ briefing, page }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  for (const [query, drawn] of [['?view=actors&sel=ttp', 'svg.network [data-actor-id="ttp"][aria-pressed="true"]'], ['?view=narratives', '[data-topic-id]'], ['?view=sources&src=s2', '[data-testid="export-csv"]']]) {
    urls.length = 0;
    await briefing.open(query);
    await expect(page.locator(drawn).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(wasmFetched(urls), query).toEqual(['deep/']);
    // Asked for by boot.js in <head>, while the page was still being parsed.
    const [asked, parsed] = await page.evaluate(() => [
      performance.getEntriesByType('resource').find((e) => /\/deep\/briefing-deep-[0-9a-f]+_bg\.wasm$/.test(e.name))?.startTime ?? NaN,
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
    ]);
    expect(asked, query).toBeLessThan(parsed);
  }
  // From Sources, the other views of this build draw without a fetch; the Map fetches the module once.
  urls.length = 0;
  await briefing.nav('Actors').click();
  await expect(page.locator('svg.network [data-actor-id]').first()).toBeVisible();
  await briefing.nav('Timeline').click();
  await expect(page.locator('article.card').first()).toBeVisible();
  expect(wasmFetched(urls)).toEqual([]);
  await briefing.nav('Map').click();
  await expect(page.locator('section.map-view svg').first()).toBeVisible();
  await briefing.nav('Narratives').click();
  await expect(page.locator('[data-topic-id]').first()).toBeVisible();
  await page.goBack();
  await expect(page.locator('section.map-view svg').first()).toBeVisible();
  expect(wasmFetched(urls)).toEqual(['views/']);
});

test('a deep link to Actors whose build fails to come loads the app and the module instead', async ({ briefing, page, consoleErrors }) => {
  await page.route('**/deep/briefing-deep-*_bg.wasm', (r) => r.abort());
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await briefing.open('?view=actors&sel=ttp');
  await expect(page.locator('svg.network [data-actor-id="ttp"]')).toHaveAttribute('aria-pressed', 'true');
  await page.waitForLoadState('networkidle');
  expect(wasmFetched(urls)).toEqual(['', 'deep/', 'views/']);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/Failed to load resource|ERR_FAILED/.test(e)));
});

test('Actors, like the map, comes with the views module from the Timeline: a failed fetch says so and can be tried again', async ({ briefing, page, consoleErrors }) => {
  await page.route('**/views/briefing-views-*.js', (r) => r.abort());
  await briefing.open();
  await briefing.nav('Actors').click();
  await expect(page.getByTestId('view-module-error')).toContainText('Actors could not be loaded');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Actors');
  await page.unroute('**/views/briefing-views-*.js');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('svg.network [data-actor-id]').first()).toBeVisible();
  await expect(page.getByTestId('view-module-error')).toHaveCount(0);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/Failed to load resource|ERR_FAILED|dynamically imported module/.test(e)));
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the map has no serious accessibility violations (${scheme})`, async ({ briefing, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openMap(briefing, page, '&pl=pl-kabul');
    await page.waitForTimeout(200);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const report = serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    expect(report, report.join('\n')).toEqual([]);
    await page.screenshot({ path: `test-results/map-axe-${scheme}.png`, fullPage: false });
  });
}
