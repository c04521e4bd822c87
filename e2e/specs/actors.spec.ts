import { test, expect } from './fixtures';
import { asRead, loadDataset } from './dataset';
import type { APIRequestContext, Page } from '@playwright/test';

type Citation = { source: string; quote: string };
type Relation = {
  id: string; from: string; to: string; kind: string; summary: string;
  period?: { start?: string; end?: string }; citations: Citation[];
};
type Actor = { id: string; name: string; kind: string; alignment: string; citations: Citation[] };
type Data = { actors: Actor[]; relations: Relation[]; events: { id: string; actors?: string[] }[] };

const dataset = loadDataset;

// The date semantics, restated: a tie holds at a date when it started by the end
// of that date and had not ended before it began; no period means always.
const key = (d: string) => { const [y, m = 0, day = 0] = d.split('-').map(Number); return y * 10000 + m * 100 + day; };
const endKey = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  const month = m || 12;
  return y * 10000 + month * 100 + (day || new Date(y, month, 0).getDate());
};
const validAt = (r: Relation, at: string) =>
  !r.period || ((!r.period.start || key(r.period.start) <= endKey(at)) && (!r.period.end || endKey(r.period.end) >= key(at)));

const node = (page: Page, id: string) => page.locator(`svg.network [data-actor-id="${id}"]`);
// Ties filtered out stay in the drawing, hidden.
const edges = (page: Page) => page.locator('svg.network path.edge:not(.is-hidden)');
const edge = (page: Page, id: string) => page.locator(`svg.network path.edge:not(.is-hidden)[data-relation-id="${id}"]`);
const panel = (page: Page) => page.locator('#actor-panel');
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

test('every actor is a focusable, named node in the network, with a legend', async ({ briefing, page, request }) => {
  const data = await dataset(request);
  await briefing.open('?view=actors');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Actors');
  await expect(page.locator('.view-intro')).toBeVisible();
  await expect(page.locator('svg.network [data-actor-id]')).toHaveCount(data.actors.length);
  for (const a of data.actors) {
    const n = node(page, a.id);
    await expect(n).toHaveAttribute('tabindex', '0');
    await expect(n).toHaveAttribute('aria-label', new RegExp(`^${a.name.replace(/[()]/g, '\\$&')}, `));
  }
  await expect(page.getByRole('button', { name: /^Tehreek-e-Taliban Pakistan \(TTP\), armed group, armed group$/i })).toBeVisible();
  await expect(edges(page)).toHaveCount(data.relations.length);
  // Ties differ by dash pattern as well as colour, and point with arrows.
  const dashes = await edges(page).evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute('data-kind'), e.getAttribute('stroke-dasharray') ?? ''])));
  expect(new Set(Object.values(dashes)).size).toBe(Object.keys(dashes).length);
  await expect(edges(page).first()).toHaveAttribute('marker-end', /url\(#arrow-/);
  const legend = page.getByRole('group', { name: 'Legend' });
  for (const text of ['Armed group', 'Mediator', 'International body', 'Person', 'Hostile: A is hostile to B', 'Part of: A is part of B'])
    await expect(legend).toContainText(text);
});

test('selecting an actor highlights its ties, opens its panel, and Escape clears it', async ({ briefing, page }) => {
  await briefing.open('?view=actors');
  await expect(panel(page)).toContainText('No actor selected');
  await node(page, 'ttp').click();
  await expect.poll(() => briefing.query().get('sel')).toBe('ttp');
  await expect(node(page, 'ttp')).toHaveAttribute('aria-pressed', 'true');
  await expect(node(page, 'ttp')).toHaveClass(/is-selected/);
  await expect(node(page, 'pakistan')).toHaveClass(/is-tied/);
  await expect(node(page, 'noor-wali-mehsud')).toHaveClass(/is-tied/);
  await expect(node(page, 'qatar')).toHaveClass(/is-dimmed/);
  await expect(edge(page, 'rel-pak-hostile-ttp')).toHaveClass(/is-active/);
  await expect(edge(page, 'rel-qatar-mediates-pak')).toHaveClass(/is-dimmed/);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Tehreek-e-Taliban Pakistan (TTP)');
  await expect(panel(page)).toContainText('Armed group');

  // Another actor from the panel's ties, then Back returns to the first.
  await panel(page).locator('button[data-actor-ref="noor-wali-mehsud"]').click();
  await expect.poll(() => briefing.query().get('sel')).toBe('noor-wali-mehsud');
  await page.goBack();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Tehreek-e-Taliban Pakistan (TTP)');

  await page.keyboard.press('Escape');
  await expect(panel(page)).toContainText('No actor selected');
  await expect.poll(() => briefing.query().has('sel')).toBe(false);
  await expect(page.locator('svg.network .node.is-dimmed')).toHaveCount(0);
});

test('the keyboard selects: Tab to a node, Enter or Space, Escape returns focus', async ({ briefing, page }) => {
  await briefing.open('?view=actors');
  // Tab walks down a column: the Pakistani state, then its military.
  await node(page, 'pakistan').focus();
  await page.keyboard.press('Tab');
  await expect(node(page, 'pak-military')).toBeFocused();
  await node(page, 'qatar').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => briefing.query().get('sel')).toBe('qatar');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Qatar');
  await node(page, 'turkey').focus();
  await page.keyboard.press(' ');
  await expect.poll(() => briefing.query().get('sel')).toBe('turkey');
  await panel(page).getByRole('link', { name: 'Show on timeline' }).focus();
  await page.keyboard.press('Escape');
  await expect.poll(() => briefing.query().has('sel')).toBe(false);
  await expect(node(page, 'turkey')).toBeFocused();
  // Focus is visible: the focus ring is drawn.
  const ring = await node(page, 'turkey').locator('.ring').evaluate((e) => getComputedStyle(e).stroke);
  expect(ring).not.toBe('none');
});

test("the panel shows the actor's profile, each tie's evidence with quotes, and its events", async ({ briefing, page, request }) => {
  const data = await dataset(request);
  const qatar = data.actors.find((a) => a.id === 'qatar')!;
  await briefing.open('?view=actors&sel=qatar');
  const p = panel(page);
  await expect(p.getByRole('heading', { level: 2 })).toHaveText(qatar.name);
  await expect(p.locator('.actor-profile > .citations blockquote').first()).toHaveText(`“${qatar.citations[0].quote}”`);
  const ties = data.relations.filter((r) => r.from === 'qatar' || r.to === 'qatar');
  await expect(p.locator('li.tie')).toHaveCount(ties.length);
  for (const r of ties) {
    const item = p.locator(`li.tie[data-relation-id="${r.id}"]`);
    await expect(item).toContainText(asRead(data, r.summary));
    await expect(item.locator('.tie-period')).toHaveText('Since Oct 2025');
    for (const c of r.citations) {
      const quote = item.locator('blockquote', { hasText: c.quote });
      await expect(quote).toBeVisible();
    }
    await expect(item.locator('figcaption a').first()).toHaveAttribute('href', /view=sources/);
  }
  const events = data.events.filter((e) => e.actors?.includes('qatar'));
  await expect(p.getByRole('heading', { name: `Events (${events.length})` })).toBeVisible();
  await expect(p.locator('li.actor-event')).toHaveCount(events.length);
});

test('tie types filter the network, in the URL', async ({ briefing, page, request }) => {
  const data = await dataset(request);
  await briefing.open('?view=actors');
  const hostile = page.getByRole('button', { name: /^Hostile/ });
  await expect(hostile).toHaveAttribute('aria-pressed', 'false');
  await hostile.click();
  await expect(hostile).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => briefing.query().get('rel')).toBe('hostile');
  const nHostile = data.relations.filter((r) => r.kind === 'hostile').length;
  await expect(edges(page)).toHaveCount(nHostile);
  expect(new Set(await edges(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))))).toEqual(new Set(['hostile']));
  await page.getByRole('button', { name: /^Mediates/ }).click();
  await expect.poll(() => briefing.query().get('rel')).toBe('hostile,mediates');
  await expect(edges(page)).toHaveCount(nHostile + data.relations.filter((r) => r.kind === 'mediates').length);
  await expect(page.locator('.tie-count')).toContainText(`${nHostile + data.relations.filter((r) => r.kind === 'mediates').length} of ${data.relations.length} ties shown`);
  await page.getByRole('button', { name: 'All types' }).click();
  await expect.poll(() => briefing.query().has('rel')).toBe(false);
  await expect(edges(page)).toHaveCount(data.relations.length);
});

test('the date control shows only the ties in force then', async ({ briefing, page, request }) => {
  const data = await dataset(request);
  await briefing.open('?view=actors');
  const slider = page.getByRole('slider', { name: 'Ties in force in' });
  await expect(slider).toHaveAttribute('aria-valuetext', 'All dates');
  // Step left from "all dates" with the keyboard: the latest month.
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => briefing.query().get('at')).toBe('2025-11');
  await expect(page.locator('.date-value')).toHaveText('Nov 2025');
  await slider.fill(String(2010 * 12 + 5)); // June 2010
  await expect.poll(() => briefing.query().get('at')).toBe('2010-06');
  await expect(edges(page)).toHaveCount(data.relations.filter((r) => validAt(r, '2010-06')).length);
  await expect(edge(page, 'rel-pak-supported-taliban')).toHaveCount(1);
  await expect(edge(page, 'rel-pak-hostile-taliban')).toHaveCount(0);
  await slider.fill(String(2025 * 12 + 9)); // October 2025
  await expect.poll(() => briefing.query().get('at')).toBe('2025-10');
  await expect(edges(page)).toHaveCount(data.relations.filter((r) => validAt(r, '2025-10')).length);
  await expect(edge(page, 'rel-pak-supported-taliban')).toHaveCount(0);
  await expect(edge(page, 'rel-afg-trade-halt')).toHaveCount(0); // starts in November 2025
  await expect(page.locator('.tie-count')).toContainText('valid in Oct 2025');

  // Combined with a tie type that held only earlier: nothing, and a way back.
  await page.getByRole('button', { name: /^Supports/ }).click();
  await expect(page.getByTestId('no-ties')).toContainText('No ties of the chosen types were in force in Oct 2025');
  await expect(edges(page)).toHaveCount(0);
  await page.getByTestId('no-ties').getByRole('button', { name: 'Show all ties' }).click();
  await expect(edges(page)).toHaveCount(data.relations.length);
  await expect.poll(() => briefing.query().has('at') || briefing.query().has('rel')).toBe(false);

  await slider.fill(String(2021 * 12 + 7));
  await page.getByRole('button', { name: 'All dates' }).click();
  await expect.poll(() => briefing.query().has('at')).toBe(false);
  await expect(slider).toHaveAttribute('aria-valuetext', 'All dates');
});

test('the panel links to the timeline filtered to the actor', async ({ briefing, page, request }) => {
  const data = await dataset(request);
  await briefing.open('?view=actors&sel=ttp');
  const link = panel(page).getByRole('link', { name: 'Show on timeline' });
  await expect(link).toHaveAttribute('href', /actor=ttp/);
  await link.click();
  await expect(briefing.main()).toHaveAttribute('data-view', 'timeline');
  await expect.poll(() => briefing.query().get('actor')).toBe('ttp');
  await expect.poll(() => briefing.query().has('view')).toBe(false);

  // Each event links to the same filtered timeline, opened at that event.
  await page.goBack();
  await expect(briefing.main()).toHaveAttribute('data-view', 'actors');
  const first = data.events.find((e) => e.actors?.includes('ttp'))!;
  const eventLinks = panel(page).locator('li.actor-event a');
  await expect(eventLinks).toHaveCount(data.events.filter((e) => e.actors?.includes('ttp')).length);
  const href = await eventLinks.first().getAttribute('href');
  expect(new URLSearchParams(href!.split('?')[1]).get('actor')).toBe('ttp');
  await panel(page).locator(`li.actor-event[data-event-id] a`).first().click();
  await expect(briefing.main()).toHaveAttribute('data-view', 'timeline');
  await expect.poll(() => briefing.query().get('actor')).toBe('ttp');
  await expect.poll(() => briefing.query().get('open')).toBeTruthy();
  expect(data.events.some((e) => e.id === briefing.query().get('open') && e.actors?.includes('ttp'))).toBe(true);
  expect(first).toBeTruthy();
});

test('selection, tie types, date and table mode survive a reload', async ({ briefing, page }) => {
  await briefing.open('?view=actors');
  await node(page, 'afghan-taliban').click();
  await page.getByRole('button', { name: /^Accuses/ }).click();
  await page.getByRole('button', { name: /^Hostile/ }).click();
  await page.getByRole('slider', { name: 'Ties in force in' }).fill(String(2025 * 12 + 10));
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const expected = { sel: 'afghan-taliban', rel: 'hostile,accuses', at: '2025-11', table: '1' };
  for (const [k, v] of Object.entries(expected)) await expect.poll(() => briefing.query().get(k)).toBe(v);
  await page.reload();
  await briefing.ready();
  for (const [k, v] of Object.entries(expected)) await expect.poll(() => briefing.query().get(k)).toBe(v);
  await expect(page.getByRole('button', { name: 'Table', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: /^Hostile/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: /^Accuses/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.date-value')).toHaveText('Nov 2025');
  await expect(panel(page).getByRole('heading', { level: 2 })).toContainText('Afghan Taliban');
  const kinds = await page.locator('table.ties-table tbody tr .rel-name').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
  expect(kinds.length).toBeGreaterThan(0);
  expect(kinds.every((k) => k === 'hostile' || k === 'accuses')).toBe(true);
  // Back to the graph: the same filters apply there.
  await page.getByRole('button', { name: 'Graph', exact: true }).click();
  await expect.poll(() => briefing.query().has('table')).toBe(false);
  await expect(edges(page)).toHaveCount(kinds.length);
});

test('the table sorts by each column and filters by text, tie type and date', async ({ briefing, page, request }) => {
  const data = await dataset(request);
  const name = (id: string) => data.actors.find((a) => a.id === id)!.name;
  await briefing.open('?view=actors&table=1');
  const table = page.locator('table.ties-table');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(data.relations.length);
  const header = (label: string) => table.locator('thead th', { has: page.getByRole('button', { name: label, exact: true }) });
  await expect(header('From')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header('To')).toHaveAttribute('aria-sort', 'none');

  const column = (cls: string) => table.locator(`tbody td.${cls}`).allInnerTexts();
  const sorted = (xs: string[], cmp: (a: string, b: string) => number) => xs.every((x, i) => i === 0 || cmp(xs[i - 1], x) <= 0);
  const byText = (a: string, b: string) => (fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : 0);
  expect(sorted(await column('col-from'), byText)).toBe(true);

  await header('Evidence').getByRole('button').click();
  await expect(header('Evidence')).toHaveAttribute('aria-sort', 'descending');
  await expect(header('From')).toHaveAttribute('aria-sort', 'none');
  let evidence = (await column('col-evidence')).map((t) => parseInt(t, 10)); // "2", or "1 Opinion" for a tie resting on an opinion piece
  expect(sorted(evidence.map(String), (a, b) => Number(b) - Number(a))).toBe(true);
  expect(evidence[0]).toBe(Math.max(...data.relations.map((r) => r.citations.length)));
  await header('Evidence').getByRole('button').click();
  await expect(header('Evidence')).toHaveAttribute('aria-sort', 'ascending');
  evidence = (await column('col-evidence')).map((t) => parseInt(t, 10));
  expect(sorted(evidence.map(String), (a, b) => Number(a) - Number(b))).toBe(true);

  await header('To').getByRole('button').click();
  await expect(header('To')).toHaveAttribute('aria-sort', 'ascending');
  expect(sorted(await column('col-to'), byText)).toBe(true);
  await header('To').getByRole('button').click();
  await expect(header('To')).toHaveAttribute('aria-sort', 'descending');
  expect(sorted(await column('col-to'), (a, b) => byText(b, a))).toBe(true);

  await header('Relation').getByRole('button').click();
  const relations = await table.locator('tbody .rel-name').allInnerTexts();
  expect(sorted(relations, byText)).toBe(true);
  await header('Period').getByRole('button').click();
  await expect(header('Period')).toHaveAttribute('aria-sort', 'ascending');
  // Ties with no known start come first: no period at all, or an end only ("Until 2021").
  await expect(rows.first().locator('td.col-period')).toHaveText(/^(No dates given|Until .+)$/);

  // Text filter.
  const filter = page.getByRole('searchbox', { name: 'Filter ties' });
  await filter.fill('qatar');
  const withQatar = data.relations.filter((r) =>
    [name(r.from), name(r.to), r.summary].some((t) => fold(t).includes('qatar')));
  await expect(rows).toHaveCount(withQatar.length);
  for (const text of await rows.allInnerTexts()) expect(fold(text)).toContain('qatar');
  // The tie count above and the row count beside the box agree.
  await expect(page.locator('.tie-count')).toHaveText(
    `${data.relations.length} of ${data.relations.length} ties shown. ${withQatar.length} of them match the text filter.`);
  await expect(page.locator('.table-filter [role="status"]')).toHaveText(`${withQatar.length} rows`);
  // Tie type applies to the table too.
  await page.getByRole('button', { name: /^Mediates/ }).click();
  await expect(rows).toHaveCount(withQatar.filter((r) => r.kind === 'mediates').length);
  await filter.fill('no such words here');
  await expect(page.getByTestId('no-rows')).toBeVisible();
  await page.getByRole('button', { name: 'Clear the text filter' }).click();
  await expect(rows).toHaveCount(data.relations.filter((r) => r.kind === 'mediates').length);
  await expect(filter).toBeFocused();
  await expect(page.locator('.tie-count')).not.toContainText('text filter');

  // Date applies too.
  await page.getByRole('button', { name: 'All types' }).click();
  await page.getByRole('slider', { name: 'Ties in force in' }).fill(String(2015 * 12));
  await expect(rows).toHaveCount(data.relations.filter((r) => validAt(r, '2015-01')).length);

  // An actor's name selects it.
  await rows.first().locator('td.col-from button').click();
  const selected = briefing.query().get('sel');
  expect(selected).toBeTruthy();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(name(selected!));
});

test('no two node labels overlap at 1280×800', async ({ briefing, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await briefing.open('?view=actors');
  const labels = page.locator('svg.network .node text.label');
  await expect(labels.first()).toBeVisible();
  const boxes = await labels.evaluateAll((els) =>
    els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height, text: e.textContent }; }));
  expect(boxes.length).toBeGreaterThanOrEqual(30);
  const overlaps: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) overlaps.push(`${a.text} / ${b.text}`);
    }
  }
  expect(overlaps).toEqual([]);
  // The network fits the column without sideways scrolling at this size.
  const frame = page.locator('.network-frame');
  expect(await frame.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('actors-desktop.png'), fullPage: true });
});

test('on a phone the network scrolls sideways and zooms; the panel follows a selection', async ({ briefing, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await briefing.open('?view=actors');
  // The filters fold away, so the network starts on the first screen; they open on demand.
  const filters = page.locator('details.actors-filters');
  await expect(filters.locator('summary')).toHaveText('Filter ties: all types, all dates');
  await expect(page.getByRole('button', { name: /^Hostile/ })).toBeHidden();
  expect((await page.locator('.network-frame').boundingBox())!.y).toBeLessThan(844 - 250);
  await filters.locator('summary').click();
  await page.getByRole('button', { name: /^Hostile/ }).click();
  await expect(filters.locator('summary')).toHaveText('Filter ties: hostile, all dates');
  await page.getByRole('button', { name: 'All types' }).click();
  await filters.locator('summary').click();
  const frame = page.locator('.network-frame');
  await expect(page.locator('.network-hint')).toBeVisible();
  expect(await frame.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const svg = page.locator('svg.network');
  const before = Number(await svg.getAttribute('width'));
  await page.getByRole('button', { name: 'Zoom out' }).click();
  expect(Number(await svg.getAttribute('width'))).toBeLessThan(before);
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  expect(Number(await svg.getAttribute('width'))).toBe(before);
  await node(page, 'pakistan').click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeInViewport();
  await expect(node(page, 'pakistan')).not.toBeInViewport();
  // Closing the panel returns to the actor in the network.
  await panel(page).getByRole('button', { name: /Close actor details/ }).click();
  await expect(node(page, 'pakistan')).toBeFocused();
  await expect(node(page, 'pakistan')).toBeInViewport();
  await node(page, 'ttp').click();
  await page.screenshot({ path: test.info().outputPath('actors-phone.png') });
});

test('no accessibility violations in the graph, the panel and the table, light and dark', async ({ briefing, page }) => {
  // Six axe runs: about 30 s on a loaded 2-core machine, so the default timeout is too tight.
  test.slow();
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  for (const [query, colorScheme] of [
    ['?view=actors&sel=ttp', 'light'], ['?view=actors&table=1&sel=qatar&rel=mediates', 'light'],
    ['?view=actors&sel=pakistan', 'dark'], ['?view=actors&table=1', 'dark'],
  ] as const) {
    await page.emulateMedia({ colorScheme });
    await briefing.open(query);
    await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
    await expect(page.locator('.actors-main')).toBeVisible();
    const results = await new AxeBuilder({ page }).include('main').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  }
});

test('the table sort and text filter live in the URL and survive a reload', async ({ briefing, page }) => {
  await briefing.open('?view=actors&table=1');
  const table = page.locator('table.ties-table');
  const header = (label: string) => table.locator('thead th', { has: page.getByRole('button', { name: label, exact: true }) });
  await header('Evidence').getByRole('button').click();
  await expect(header('Evidence')).toHaveAttribute('aria-sort', 'descending');
  await page.getByRole('searchbox', { name: 'Filter ties' }).fill('qatar');
  await expect.poll(() => briefing.query().get('tsort')).toBe('-evidence');
  await expect.poll(() => briefing.query().get('tq')).toBe('qatar');
  const rows = await table.locator('tbody tr').allInnerTexts();
  await page.reload();
  await briefing.ready();
  await expect(header('Evidence')).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('searchbox', { name: 'Filter ties' })).toHaveValue('qatar');
  expect(await table.locator('tbody tr').allInnerTexts()).toEqual(rows);
  // Back undoes the filter, then the sort.
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Filter ties' })).toHaveValue('');
  await page.goBack();
  await expect(header('From')).toHaveAttribute('aria-sort', 'ascending');
  // A bad sort value falls back to the default and says so.
  await briefing.open('?view=actors&table=1&tsort=colour');
  await expect(header('From')).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByTestId('url-notice')).toContainText('tsort=colour');
});

test('switching actors from inside the panel starts the new panel at its top, with the focus on its name', async ({ briefing, page }) => {
  await briefing.open('?view=actors&sel=pakistan');
  const box = page.locator('#actor-panel');
  await box.evaluate((el) => { el.scrollTop = el.scrollHeight; });
  const other = box.locator('button[data-actor-ref]').last();
  const id = await other.getAttribute('data-actor-ref');
  await other.click();
  await expect.poll(() => briefing.query().get('sel')).toBe(id);
  await expect(page.locator('#actor-panel-title')).toBeFocused();
  expect(await box.evaluate((el) => el.scrollTop)).toBe(0);
});

test('on a phone, choosing a name in the table brings its panel into view', async ({ briefing, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await briefing.open('?view=actors&table=1');
  await page.locator('table.ties-table button[data-actor-ref="qatar"]').first().click();
  await expect(page.locator('#actor-panel-title')).toHaveText('Qatar');
  await expect(page.locator('#actor-panel-title')).toBeInViewport();
});

test('Escape in the table filter clears only the text; dates outside the briefing are dropped; undated ties are called out', async ({ briefing, page }) => {
  await briefing.open('?view=actors&sel=ttp&table=1&tq=ttp');
  await page.getByRole('searchbox', { name: 'Filter ties' }).press('Escape');
  await expect.poll(() => briefing.query().get('tq')).toBeNull();
  expect(briefing.query().get('sel')).toBe('ttp');
  await briefing.open('?view=actors&at=1990-05');
  await expect(page.getByTestId('url-notice')).toContainText('at=1990-05');
  await expect(page.locator('.date-value')).toHaveText('All dates');
  await briefing.open('?view=actors&at=2010-06');
  await expect(page.locator('.tie-count')).toContainText('have no dates and are shown at every date');
});

test('on a phone, a shared link with a selection scrolls the network to the selected actor', async ({ briefing, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await briefing.open('?view=actors&sel=afghan-taliban');
  const frame = (await page.locator('.network-frame').boundingBox())!;
  await expect.poll(async () => {
    const n = (await node(page, 'afghan-taliban').boundingBox())!;
    return n.x >= frame.x && n.x + n.width <= frame.x + frame.width;
  }).toBe(true);
});

// A removed panel must be freed. Its quote links once held their own nodes from
// listeners the garbage collector could not see into, so every selection kept
// about 700 detached nodes alive for good.
test('selecting actors again and again frees the panels it replaces', async ({ page, briefing }) => {
  await briefing.open('?view=actors');
  const cdp = await page.context().newCDPSession(page);
  const domNodes = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return ((await cdp.send('Memory.getDOMCounters')) as { nodes: number }).nodes;
  };
  await node(page, 'ttp').click();
  await expect(page.locator('#actor-panel-title')).toHaveText(/TTP/);
  const before = await domNodes();
  for (let i = 0; i < 20; i++) {
    await node(page, 'pakistan').click();
    await expect(page.locator('#actor-panel-title')).toHaveText(/^Pakistan/);
    await node(page, 'ttp').click();
    await expect(page.locator('#actor-panel-title')).toHaveText(/TTP/);
  }
  // 40 panels drawn; leaking, that was about 28,000 more nodes.
  expect(await domNodes() - before).toBeLessThan(4000);
});
