import { test, expect } from './fixtures';
import { asRead, loadDataset } from './dataset';
import type { APIRequestContext, Page } from '@playwright/test';

type Citation = { source: string; quote: string };
type Point = { actor: string; date?: string; text: string; citations: Citation[] };
type Narrative = {
  id: string; topic: string; question: string; crux: string; divergence: 'agree' | 'dispute' | 'one-sided' | 'differ';
  pakistan: Point[]; afghanistan: Point[]; third_party: Point[];
  pakistan_silence?: string; afghanistan_silence?: string; events: string[];
};
type Figure = { count: number; upper?: number; qualifier: string; measure: string; subject: string };
type Claim = { id: string; claimant: string; statement: string; figures: Figure[]; citations: Citation[] };
type Data = {
  actors: { id: string; name: string }[];
  sources: { id: string; title?: string; publisher?: string }[];
  events: { id: string; title: string; claims: Claim[] }[];
  narratives: Narrative[];
  disagreements: { id: string; title: string; events: string[] }[];
};

const dataset = loadDataset;

const VERDICT = { agree: 'Agree', dispute: 'Dispute', 'one-sided': 'Only one side addresses it', differ: 'Positions differ' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function dateLabel(iso: string) {
  const [y, m, d] = iso.split('-');
  if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y;
}

/** What the page shows for each topic, read in one pass. */
async function readTopics(page: Page) {
  return page.$$eval('[data-topic-id]', (sections) =>
    sections.map((s) => {
      const side = (name: string) =>
        [...s.querySelectorAll(`[data-side="${name}"] .point`)].map((p) => ({
          text: p.querySelector('.point-text')?.textContent ?? '',
          who: p.querySelector('.who')?.textContent ?? '',
          date: p.querySelector('.attribution time')?.textContent ?? null,
          quotes: [...p.querySelectorAll('blockquote')].map((b) => b.textContent ?? ''),
          sources: [...p.querySelectorAll('figcaption a')].map((a) => a.textContent ?? ''),
        }));
      return {
        id: (s as HTMLElement).dataset.topicId!,
        pakistan: side('pakistan'),
        afghanistan: side('afghanistan'),
        third: side('third-party'),
      };
    }),
  );
}

test('every topic sets out both sides, or says plainly that a side made no public claim', async ({ briefing, page, request }) => {
  const data = await dataset(request);
  await briefing.open('?view=narratives');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Narratives');
  await expect(page.locator('[data-topic-id]')).toHaveCount(data.narratives.length);
  // The topic list leads to every section.
  await expect(page.getByRole('navigation', { name: 'Topics' }).getByRole('link')).toHaveCount(data.narratives.length + 1);
  for (const n of data.narratives) {
    const s = page.locator(`[data-topic-id="${n.id}"]`);
    await expect(s.getByRole('heading', { level: 2 })).toHaveText(n.topic);
    await expect(s.locator('.question')).toContainText(asRead(data, n.question));
    await expect(s.locator('.divergence .verdict')).toHaveText(VERDICT[n.divergence]);
    await expect(s.locator('.crux')).toHaveText(asRead(data, n.crux));
    for (const [side, label] of [['pakistan', 'Pakistan'], ['afghanistan', 'Afghanistan']] as const) {
      const col = s.locator(`.sides > [data-side="${side}"]`);
      await expect(col).toBeVisible();
      await expect(col.getByRole('heading', { level: 3 })).toContainText(label);
      const points = n[side];
      if (points.length > 0) {
        await expect(col.locator('.point')).toHaveCount(points.length);
        await expect(col.locator('.silence')).toHaveCount(0);
      } else {
        await expect(col.locator('.point')).toHaveCount(0);
        await expect(col.locator('.silence')).toContainText(`No public claim from ${label}`);
        await expect(col.locator('.silence')).toContainText(asRead(data, n[`${side}_silence`]!));
      }
    }
    if (n.third_party.length) {
      await expect(s.locator('[data-side="third-party"]')).toContainText('Independent and third-party views');
    }
  }
});

test('each point shows who said it, when, and the quoted source', async ({ briefing, page, request }) => {
  const data = await dataset(request);
  const actorName = new Map(data.actors.map((a) => [a.id, a.name]));
  const kinds: Record<string, string> = { 'news-report': 'news report', analysis: 'analysis', 'op-ed': 'opinion piece', 'aggregated-blog': 'aggregated blog post' };
  const sourceLabel = new Map(data.sources.map((s: any) => [s.id,
    s.publisher ? `${s.id} · ${s.publisher} (${kinds[s.kind]})` : `${s.id} · unsigned ${kinds[s.kind]}`]));
  await briefing.open('?view=narratives');
  const shown = await readTopics(page);
  for (const n of data.narratives) {
    const dom = shown.find((t) => t.id === n.id)!;
    for (const [side, points] of [['pakistan', n.pakistan], ['afghanistan', n.afghanistan], ['third', n.third_party]] as const) {
      const rendered = dom[side];
      expect(rendered.length, `${n.id} ${side}`).toBe(points.length);
      points.forEach((p, i) => {
        const r = rendered[i];
        expect(r.text).toBe(asRead(data, p.text));
        expect(r.who.trim()).toBe(actorName.get(p.actor));
        expect(r.date).toBe(p.date ? dateLabel(p.date) : null);
        expect(r.quotes).toEqual(p.citations.map((c) => `“${c.quote}”`));
        expect(r.sources).toEqual(p.citations.map((c) => sourceLabel.get(c.source)));
      });
    }
  }
  // Quotes and attributions are visible, not just present.
  const first = page.locator('[data-topic-id] .sides .point').first();
  await expect(first.locator('blockquote')).toBeVisible();
  await expect(first.locator('.who')).toBeVisible();
  // The actor's name leads to the actor; the source to Sources.
  const point = page.locator(`[data-topic-id="${data.narratives[0].id}"] [data-side="pakistan"] .point`).first();
  await point.locator('.who').click();
  await expect(briefing.main()).toHaveAttribute('data-view', 'actors');
  await expect.poll(() => briefing.query().get('sel')).toBe(data.narratives[0].pakistan[0].actor);
  await page.goBack();
  await point.locator('figcaption a').first().click();
  await expect(briefing.main()).toHaveAttribute('data-view', 'sources');
  await expect.poll(() => briefing.query().get('src')).toBe(data.narratives[0].pakistan[0].citations[0].source);
});

test('related events open the timeline with that card expanded', async ({ briefing, page, request }) => {
  const data = await dataset(request);
  const n = data.narratives.find((x) => x.events.length > 0)!;
  const event = data.events.find((e) => e.id === n.events[0])!;
  await briefing.open('?view=narratives&kind=talks');
  const link = page.locator(`[data-topic-id="${n.id}"] .related-events`).getByRole('link', { name: asRead(data, event.title) });
  await expect(link).toHaveAttribute('href', new RegExp(`open=${event.id}`));
  await link.click();
  await expect(briefing.main()).toHaveAttribute('data-view', 'timeline');
  await expect.poll(() => briefing.query().get('open')).toBe(event.id);
});

test('the claims ledger lists every incident with figures, who claimed them, and where sources disagree', async ({ briefing, page, request }) => {
  const data = await dataset(request);
  const withFigures = data.events.filter((e) => e.claims.some((c) => c.figures.length > 0));
  expect(withFigures.length).toBeGreaterThan(0);
  await briefing.open('?view=narratives');
  const ledger = page.locator('#ledger');
  await expect(ledger.getByRole('heading', { level: 2 })).toHaveText('Claims ledger');
  await expect(ledger.locator('[data-incident-id]')).toHaveCount(withFigures.length);
  const actorName = new Map(data.actors.map((a) => [a.id, a.name]));
  for (const e of withFigures) {
    const card = ledger.locator(`[data-incident-id="${e.id}"]`);
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(asRead(data, e.title));
    await expect(card.locator('tbody tr')).toHaveCount(e.claims.length);
    for (const c of e.claims) {
      const row = card.locator(`tr[data-claim-id="${c.id}"]`);
      await expect(row.locator('th')).toContainText(actorName.get(c.claimant)!);
      await expect(row.locator('blockquote').first()).toContainText(c.citations[0].quote);
      if (c.figures.length) await expect(row.locator('.figure')).toHaveCount(c.figures.length);
      else await expect(row).toContainText('No figure given');
    }
    for (const d of data.disagreements.filter((d) => d.events.includes(e.id))) {
      await expect(card.locator(`[data-disagreement-id="${d.id}"]`)).toContainText(d.title);
    }
  }
  // Figures read as phrases.
  const paktika = data.events.find((e) => e.claims.some((c) => c.figures.some((f) => f.qualifier === 'at-least' && f.subject === 'militants')));
  if (paktika) await expect(ledger.locator(`[data-incident-id="${paktika.id}"]`)).toContainText(/at least \d+ militants killed/);
});

test('selecting an incident puts it in the URL, highlights it and deep-links to it', async ({ briefing, page, request }) => {
  const data = await dataset(request);
  const e = data.events.filter((e) => e.claims.some((c) => c.figures.length > 0))[0];
  await briefing.open('?view=narratives');
  const card = page.locator(`[data-incident-id="${e.id}"]`);
  await card.getByRole('link', { name: /link to this incident/ }).click();
  await expect.poll(() => briefing.query().get('incident')).toBe(e.id);
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect(card).toHaveClass(/selected/);
  await expect(page.locator('[data-incident-id][aria-current="true"]')).toHaveCount(1);
  // A fresh load of the link scrolls to the incident.
  await page.reload();
  await briefing.ready();
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect(card).toBeInViewport();
});

test('a deep link to a topic scrolls it into view; topic list entries are links', async ({ briefing, page, request }) => {
  const data = await dataset(request);
  const last = data.narratives[data.narratives.length - 1];
  await briefing.open(`?view=narratives&topic=${last.id}`);
  const section = page.locator(`[data-topic-id="${last.id}"]`);
  await expect(section).toBeInViewport();
  await expect(section).toHaveClass(/selected/);
  const nav = page.getByRole('navigation', { name: 'Topics' });
  await expect(nav.getByRole('link', { name: last.topic })).toHaveAttribute('aria-current', 'true');
  // Choosing another topic from the list updates the URL and scrolls there.
  const other = data.narratives[Math.floor(data.narratives.length / 2)];
  const link = nav.getByRole('link', { name: other.topic });
  await expect(link).toHaveAttribute('href', new RegExp(`topic=${other.id}`));
  await link.click();
  await expect.poll(() => briefing.query().get('topic')).toBe(other.id);
  await expect(page.locator(`[data-topic-id="${other.id}"]`)).toBeInViewport();
  await page.goBack();
  await expect.poll(() => briefing.query().get('topic')).toBe(last.id);
  await expect(section).toBeInViewport();
});

test('the side toggle shows one side at a time and lives in the URL', async ({ briefing, page }) => {
  await briefing.open('?view=narratives');
  const toggle = page.getByRole('group', { name: 'Positions shown' });
  await expect(toggle.getByRole('button', { name: 'Both' })).toHaveAttribute('aria-pressed', 'true');
  await toggle.getByRole('button', { name: 'Pakistan' }).click();
  await expect.poll(() => briefing.query().get('side')).toBe('pakistan');
  await expect(page.locator('.sides > [data-side="afghanistan"]:visible')).toHaveCount(0);
  await expect(page.locator('.sides > [data-side="pakistan"]').first()).toBeVisible();
  await expect(page.locator('[data-side="third-party"]').first()).toBeVisible();
  await page.reload();
  await briefing.ready();
  await expect(page.getByRole('button', { name: 'Pakistan', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Afghanistan', exact: true }).click();
  await expect.poll(() => briefing.query().get('side')).toBe('afghanistan');
  await expect(page.locator('.sides > [data-side="pakistan"]:visible')).toHaveCount(0);
  await expect(page.locator('.sides > [data-side="afghanistan"]').first()).toBeVisible();
  await page.getByRole('button', { name: 'Both', exact: true }).click();
  await expect.poll(() => briefing.query().get('side')).toBeNull();
  await expect(page.locator('.sides > [data-side="pakistan"]:visible')).not.toHaveCount(0);
});

test('desktop: the two sides sit side by side', async ({ briefing, page }) => {
  await briefing.open('?view=narratives');
  const topic = page.locator('[data-topic-id]').first();
  const pak = (await topic.locator('[data-side="pakistan"]').boundingBox())!;
  const afg = (await topic.locator('[data-side="afghanistan"]').boundingBox())!;
  expect(Math.abs(pak.y - afg.y)).toBeLessThan(2);
  expect(afg.x).toBeGreaterThan(pak.x + pak.width - 1);
  await page.screenshot({ path: '/tmp/narr-desktop.png', fullPage: false });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the columns stack, each labelled, with the toggle at hand', async ({ briefing, page }) => {
    await briefing.open('?view=narratives');
    const topic = page.locator('[data-topic-id]').first();
    const pakCol = topic.locator('[data-side="pakistan"]');
    const afgCol = topic.locator('[data-side="afghanistan"]');
    const pak = (await pakCol.boundingBox())!;
    const afg = (await afgCol.boundingBox())!;
    expect(afg.y).toBeGreaterThanOrEqual(pak.y + pak.height - 1);
    expect(Math.abs(afg.x - pak.x)).toBeLessThan(2);
    expect(pak.width).toBeGreaterThan(300);
    await expect(pakCol.getByRole('heading', { level: 3 })).toContainText('Pakistan');
    await expect(afgCol.getByRole('heading', { level: 3 })).toContainText('Afghanistan');
    await expect(page.getByRole('group', { name: 'Positions shown' })).toBeVisible();
    // Nothing overflows sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: 'Afghanistan', exact: true }).click();
    await expect(pakCol).toBeHidden();
    await expect(afgCol).toBeVisible();
    await page.screenshot({ path: '/tmp/narr-phone.png', fullPage: false });
  });
});

test('printed, topics form a clean two-column brief with no navigation chrome', async ({ briefing, page }) => {
  // Even with one side chosen on screen, paper shows both.
  await briefing.open('?view=narratives&side=pakistan');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Topics' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Positions shown' })).toBeHidden();
  await expect(page.locator('.theme-toggle')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('.permalink:visible')).toHaveCount(0);
  const topic = page.locator('[data-topic-id]').first();
  const pak = (await topic.locator('[data-side="pakistan"]').boundingBox())!;
  const afg = (await topic.locator('[data-side="afghanistan"]').boundingBox())!;
  expect(Math.abs(pak.y - afg.y)).toBeLessThan(2);
  expect(afg.x).toBeGreaterThan(pak.x + pak.width - 1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Narratives');
});

test('an opinion piece\'s points are shown apart, labelled as opinion, never as third-party views', async ({ briefing, page, request }) => {
  const data = await dataset(request);
  const n = data.narratives.find((x: any) => (x.opinion ?? []).length > 0) as any;
  expect(n, 'the dataset has opinion points').toBeTruthy();
  await briefing.open(`?view=narratives&topic=${n.id}`);
  const topic = page.locator(`[data-topic-id="${n.id}"]`);
  const opinion = topic.locator('section.side[data-side="opinion"]');
  await expect(opinion).toContainText('Opinion');
  await expect(opinion).toContainText('from an opinion piece');
  await expect(opinion.locator('li.point')).toHaveCount(n.opinion.length);
  for (const p of n.opinion) {
    await expect(topic.locator('section.side[data-side="third-party"] li.point', { hasText: asRead(data, p.text) })).toHaveCount(0);
  }
});
