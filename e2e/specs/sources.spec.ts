import { test, expect } from './fixtures';
import { asRead, loadDataset } from './dataset';
import type { APIRequestContext, Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

type Citation = { source: string; quote: string };
type Event = {
  id: string; date: string; precision: string; kind: string; title: string; summary: string;
  citations: Citation[]; claims: { id: string; citations: Citation[] }[];
};
type Data = {
  meta: { title: string; as_of: string; method: Record<'selection' | 'attribution' | 'divergence' | 'scope', string> };
  sources: { id: string; kind: string; publisher?: string; title?: string; date?: string; reliability: string }[];
  actors: { id: string; citations: Citation[] }[];
  places: { id: string; citations: Citation[] }[];
  events: Event[];
  relations: { id: string; from: string; citations: Citation[] }[];
  narratives: { id: string; pakistan: { citations: Citation[] }[]; afghanistan: { citations: Citation[] }[]; third_party: { citations: Citation[] }[]; opinion?: { citations: Citation[] }[] }[];
  disagreements: { id: string; title: string; summary: string; versions: { account: string; citation: Citation }[] }[];
};

const dataset = loadDataset;

/** Every citation with the record that carries it (as the app's validate::all_citations). */
function allCitations(d: Data): { path: string; c: Citation }[] {
  const out: { path: string; c: Citation }[] = [];
  const add = (path: string, cs: Citation[]) => cs.forEach((c) => out.push({ path, c }));
  d.actors.forEach((a) => add(`actors/${a.id}`, a.citations));
  d.places.forEach((p) => add(`places/${p.id}`, p.citations));
  d.events.forEach((e) => {
    add(`events/${e.id}`, e.citations);
    e.claims.forEach((cl) => add(`events/${e.id}/claims/${cl.id}`, cl.citations));
  });
  d.relations.forEach((r) => add(`relations/${r.id}`, r.citations));
  d.narratives.forEach((n) =>
    (['pakistan', 'afghanistan', 'third_party', 'opinion'] as const).forEach((side) =>
      (n[side] ?? []).forEach((p, i) => add(`narratives/${n.id}/${side}[${i}]`, p.citations))));
  d.disagreements.forEach((g) => g.versions.forEach((v) => add(`disagreements/${g.id}`, [v.citation])));
  return out;
}

/** A strict RFC 4180 parser: CRLF record ends, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let fieldStart = true;
  while (i < text.length) {
    const ch = text[i];
    if (fieldStart && ch === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      fieldStart = false;
      continue;
    }
    if (ch === '"') throw new Error(`quote inside an unquoted field at ${i}`);
    if (ch === ',') { row.push(field); field = ''; fieldStart = true; i++; continue; }
    if (ch === '\r') {
      if (text[i + 1] !== '\n') throw new Error('CR without LF');
      row.push(field); rows.push(row); row = []; field = ''; fieldStart = true; i += 2; continue;
    }
    if (ch === '\n') throw new Error(`bare LF at ${i}`);
    field += ch; fieldStart = false; i++;
  }
  if (field !== '' || row.length) throw new Error('the last record lacks CRLF');
  return rows;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string; download: Download }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path!, 'utf8'), download };
}

test('lists every source with what is known, its reliability and how often it is cited', async ({ briefing, page, request }) => {
  const data = await dataset(request);
  const cites = allCitations(data);
  await briefing.open('?view=sources');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sources');
  await expect(page.locator('[data-source-id]')).toHaveCount(data.sources.length);
  const kinds: Record<string, string> = { 'news-report': 'News report', analysis: 'Analysis', 'op-ed': 'Opinion piece', 'aggregated-blog': 'Aggregated blog post' };
  for (const s of data.sources) {
    const card = page.locator(`[data-source-id="${s.id}"]`);
    await expect(card.locator('[data-field="kind"]')).toHaveText(kinds[s.kind]);
    await expect(card.locator('[data-field="publisher"]')).toHaveText(s.publisher ?? 'Not named');
    if (!s.date) await expect(card.locator('[data-field="date"]')).toHaveText('Undated');
    else await expect(card.locator('[data-field="date"] time')).toHaveAttribute('datetime', s.date);
    const mine = cites.filter((x) => x.c.source === s.id);
    const records = new Set(mine.map((x) => x.path)).size;
    await expect(card.locator('[data-field="cited-by"]')).toHaveText(`${records} records (${mine.length} quotes)`);
    const rest = s.reliability.slice(s.reliability.indexOf('.') + 1).trim();
    await expect(card.locator('.reliability')).toContainText(rest.slice(0, 60));
    await expect(card.locator('details.quotes summary')).toContainText(`${mine.length} quotes`);
  }
});

test('every quote is listed under its source and links to the record that uses it', async ({ briefing, page, request }) => {
  const data = await dataset(request);
  const cites = allCitations(data);
  const source = data.sources.reduce((a, b) =>
    cites.filter((x) => x.c.source === a.id).length <= cites.filter((x) => x.c.source === b.id).length ? a : b);
  const mine = cites.filter((x) => x.c.source === source.id);
  await briefing.open('?view=sources');
  const card = page.locator(`[data-source-id="${source.id}"]`);
  await card.locator('details.quotes summary').click();
  // The smallest source may still have more quotes than the first opening shows.
  if (mine.length > 40) await card.getByRole('button', { name: /Show all/ }).click();
  await expect(card.locator('.quote-use')).toHaveCount(mine.length);
  expect(await card.locator('.quote-use blockquote').allTextContents()).toEqual(mine.map((x) => `“${x.c.quote}”`));

  // An event's quote opens the timeline with that card expanded.
  const s2 = page.locator('[data-source-id="s2"]');
  const kinds = async (prefix: string) => {
    await s2.locator('details.quotes summary').click();
    const all = s2.locator(`.quote-use[data-record^="${prefix}"]`);
    const showAll = s2.getByRole('button', { name: /Show all/ });
    if (await showAll.count()) await showAll.click();
    return all;
  };
  const eventCite = cites.find((x) => x.c.source === 's2' && /^events\/[^/]+$/.test(x.path))!;
  let uses = await kinds(eventCite.path);
  await uses.first().getByRole('link').click();
  await expect(briefing.main()).toHaveAttribute('data-view', 'timeline');
  await expect.poll(() => briefing.query().get('open')).toBe(eventCite.path.split('/')[1]);

  // An actor's quote opens the actors view with that actor selected.
  await briefing.open('?view=sources');
  const actorCite = cites.find((x) => x.c.source === 's2' && x.path.startsWith('actors/'))!;
  uses = await kinds(actorCite.path);
  await uses.first().getByRole('link').click();
  await expect(briefing.main()).toHaveAttribute('data-view', 'actors');
  await expect.poll(() => briefing.query().get('sel')).toBe(actorCite.path.split('/')[1]);

  // A relation's quote selects the relation's first actor.
  await briefing.open('?view=sources');
  const relCite = cites.find((x) => x.c.source === 's2' && x.path.startsWith('relations/'))!;
  const relation = data.relations.find((r) => r.id === relCite.path.split('/')[1])!;
  uses = await kinds(relCite.path);
  await uses.first().getByRole('link').click();
  await expect(briefing.main()).toHaveAttribute('data-view', 'actors');
  await expect.poll(() => briefing.query().get('sel')).toBe(relation.from);

  // A narrative point's quote opens Narratives at that topic.
  await briefing.open('?view=sources');
  const narCite = cites.find((x) => x.c.source === 's2' && x.path.startsWith('narratives/'))!;
  const topic = narCite.path.split('/')[1];
  uses = await kinds(narCite.path);
  await uses.first().getByRole('link').click();
  await expect(briefing.main()).toHaveAttribute('data-view', 'narratives');
  await expect.poll(() => briefing.query().get('topic')).toBe(topic);
  await expect(page.locator(`[data-topic-id="${topic}"]`)).toBeInViewport();

  // A disagreement's quote stays in Sources and scrolls to the disagreement.
  await briefing.open('?view=sources');
  const disCite = cites.find((x) => x.c.source === 's2' && x.path.startsWith('disagreements/'))!;
  uses = await kinds(disCite.path);
  await uses.first().getByRole('link').click();
  await expect(briefing.main()).toHaveAttribute('data-view', 'sources');
  await expect(page.locator(`#disagreements [data-disagreement-id="${disCite.path.split('/')[1]}"]`)).toBeInViewport();
});

test('a deep link to a source scrolls to it and highlights it', async ({ briefing, page, request }) => {
  const data = await dataset(request);
  const last = data.sources[data.sources.length - 1];
  await briefing.open(`?view=sources&src=${last.id}`);
  const card = page.locator(`[data-source-id="${last.id}"]`);
  await expect(card).toBeInViewport();
  await expect(card).toHaveClass(/highlight/);
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('[data-source-id][aria-current="true"]')).toHaveCount(1);
  await expect(card.locator('details.quotes')).toHaveAttribute('open', '');
  // A citation elsewhere leads here too.
  await briefing.open('?view=narratives');
  const cite = page.locator('[data-topic-id] .citation figcaption a').first();
  const src = await cite.locator('xpath=ancestor::figure').getAttribute('data-source');
  await cite.click();
  await expect(briefing.main()).toHaveAttribute('data-view', 'sources');
  await expect(page.locator(`[data-source-id="${src}"]`)).toBeInViewport();
  await expect(page.locator(`[data-source-id="${src}"]`)).toHaveClass(/highlight/);
});

test('shows the method and every disagreement between sources with both versions', async ({ briefing, page, request }) => {
  const data = await dataset(request);
  await briefing.open('?view=sources');
  const method = page.locator('#method');
  for (const key of ['selection', 'attribution', 'divergence', 'scope'] as const) {
    await expect(method).toContainText(asRead(data, data.meta.method[key]));
  }
  await expect(method.locator('dt')).toHaveText([
    'How facts were chosen', 'How claims are attributed', 'What the divergence verdicts mean', 'What this briefing does not cover',
  ]);
  const list = page.locator('#disagreements');
  await expect(list.locator('[data-disagreement-id]')).toHaveCount(data.disagreements.length);
  for (const d of data.disagreements) {
    const card = list.locator(`[data-disagreement-id="${d.id}"]`);
    await expect(card.getByRole('heading')).toHaveText(d.title);
    await expect(card.locator('.version')).toHaveCount(d.versions.length);
    for (const [i, v] of d.versions.entries()) {
      const version = card.locator('.version').nth(i);
      await expect(version.locator('.account')).toHaveText(asRead(data, v.account));
      await expect(version.locator('blockquote')).toHaveText(`“${v.citation.quote}”`);
    }
  }
});

test('downloads the whole dataset and its schema', async ({ briefing, page }) => {
  await briefing.open('?view=sources');
  const data = await downloaded(page, () => page.getByTestId('download-dataset').click());
  expect(data.name).toBe('briefing.json');
  const parsed = JSON.parse(data.text);
  expect(parsed.events.length).toBeGreaterThan(0);
  expect(parsed.sources.length).toBeGreaterThan(0);
  const schema = await downloaded(page, () => page.getByTestId('download-schema').click());
  expect(schema.name).toBe('briefing.schema.json');
  expect(JSON.parse(schema.text).title).toBe('Briefing');
});

test('exports what the timeline shows as RFC 4180 CSV', async ({ briefing, page, request }) => {
  const data = await dataset(request);
  // The same filter the timeline would apply: kind=airstrike.
  const expected = data.events.filter((e) => e.kind === 'airstrike');
  expect(expected.length).toBeGreaterThan(0);
  await briefing.open('?view=sources&kind=airstrike');
  await expect(page.getByTestId('export-count')).toContainText(`Export the ${expected.length} events the timeline shows`);
  const csv = await downloaded(page, () => page.getByTestId('export-csv').click());
  expect(csv.name).toMatch(/\.csv$/);
  const rows = parseCsv(csv.text);
  expect(rows[0]).toEqual(['id', 'date', 'precision', 'end_date', 'kind', 'phase', 'title', 'summary', 'actors', 'places', 'tags', 'sources']);
  expect(rows.length - 1).toBe(expected.length);
  expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(expected.map((e) => e.id)));
  for (const r of rows.slice(1)) expect(r.length).toBe(12);

  // Unfiltered: every event; fields with commas and quotes are quoted and parse back exactly.
  await briefing.open('?view=sources');
  await expect(page.getByTestId('export-count')).toContainText(`Export the ${data.events.length} events`);
  const all = await downloaded(page, () => page.getByTestId('export-csv').click());
  expect(all.text.endsWith('\r\n')).toBe(true);
  const allRows = parseCsv(all.text);
  expect(allRows.length - 1).toBe(data.events.length);
  const byId = new Map(data.events.map((e) => [e.id, e]));
  for (const r of allRows.slice(1)) {
    const e = byId.get(r[0])!;
    expect([r[1], r[2], r[4], r[6], r[7]]).toEqual([e.date, e.precision, e.kind, e.title, e.summary]);
  }
  const quoted = data.events.filter((e) => /[",\n]/.test(e.summary));
  expect(quoted.length).toBeGreaterThan(0);
  expect(all.text).toContain(`"${quoted[0].summary.replace(/"/g, '""')}"`);
  const withQuote = data.events.find((e) => (e.title + e.summary).includes('"'));
  if (withQuote) expect(allRows.some((r) => r[7] === withQuote.summary && r[6] === withQuote.title)).toBe(true);
});

test('exports what the timeline shows as JSON', async ({ briefing, page, request }) => {
  const data = await dataset(request);
  const expected = data.events.filter((e) => e.kind === 'talks' || e.kind === 'ceasefire');
  await briefing.open('?view=sources&kind=talks,ceasefire');
  await expect(page.getByTestId('export-count')).toContainText(`Export the ${expected.length} events`);
  const json = await downloaded(page, () => page.getByTestId('export-json').click());
  expect(json.name).toMatch(/\.json$/);
  const parsed = JSON.parse(json.text);
  expect(parsed.count).toBe(expected.length);
  expect(parsed.title).toBe(data.meta.title);
  expect(parsed.view).toContain('kind=talks,ceasefire');
  expect(new Set(parsed.events.map((e: Event) => e.id))).toEqual(new Set(expected.map((e) => e.id)));
  // The export writes absent optional fields as null; the dataset file leaves them out.
  const dropNulls = (v: any): any => Array.isArray(v) ? v.map(dropNulls)
    : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null).map(([k, x]) => [k, dropNulls(x)]))
    : v;
  for (const e of parsed.events as Event[]) expect(dropNulls(e)).toEqual(data.events.find((x) => x.id === e.id));
});

test('copies the link to the current view', async ({ briefing, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await briefing.open('?view=sources&kind=airstrike&src=s1');
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-link-status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(new URL(copied).searchParams.get('src')).toBe('s1');
});

test('when the clipboard refuses, the link is selected for copying by hand', async ({ briefing, page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
      configurable: true,
    });
  });
  await briefing.open('?view=sources');
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-link-status')).toContainText('Could not copy');
  const field = page.getByRole('textbox', { name: 'Link to this view' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(page.url());
  const selected = await field.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart!, el.selectionEnd!));
  expect(selected).toBe(page.url());
});

test('cite this view names the briefing, its date, the permalink and today', async ({ briefing, page, context, request }) => {
  const data = await dataset(request);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await briefing.open('?view=sources&src=s4');
  const cite = page.getByTestId('cite-text');
  const text = await cite.inputValue();
  expect(text).toContain(data.meta.title);
  expect(text).toContain('as of 25 Nov 2025');
  expect(text).toContain(page.url());
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getDate()} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getMonth()]} ${d.getFullYear()}`;
  });
  expect(text).toContain(`accessed ${today}`);
  await expect(cite).toHaveAttribute('readonly', '');
  await page.getByTestId('copy-cite').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('nothing overflows sideways', async ({ briefing, page }) => {
    await briefing.open('?view=sources&src=s0');
    await page.locator('[data-source-id="s0"] .quote-use').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
