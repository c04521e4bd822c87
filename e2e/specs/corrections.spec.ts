// What the fact-check's corrections (#14) made the briefing say: undated events in
// their own place, opinion labelled as opinion on the Actors panel, and source ids
// in prose read as labelled links to the source.
import { test, expect } from './fixtures';
import { asRead, loadDataset, sourceRefLabel, type Dataset } from './dataset';
import { TimelinePage } from './timeline-page';

let data: Dataset;
test.beforeAll(async ({ request }) => { data = await loadDataset(request); });

const undated = () => data.events.filter((e) => e.precision === 'undated');
const plural = (n: number) => (n === 1 ? '1 undated event' : `${n} undated events`);

/** The place with the most undated events that also has dated ones. */
function mixedPlace() {
  const places = [...new Set(undated().flatMap((e) => e.places))];
  const scored = places.map((p) => {
    const at = data.events.filter((e) => e.places.includes(p));
    return { p, undated: at.filter((e) => e.precision === 'undated').length, dated: at.filter((e) => e.precision !== 'undated').length };
  });
  return scored.filter((s) => s.dated > 0).sort((a, b) => b.undated - a.undated)[0];
}

test('undated events sit last under their own heading, in either order, and the chart says it leaves them out', async ({ briefing, page }) => {
  const tl = new TimelinePage(page);
  const place = mixedPlace();
  expect(place, 'the dataset has a place with dated and undated events').toBeTruthy();
  const undatedIds = new Set(undated().map((e) => e.id));
  for (const sort of ['oldest', 'newest']) {
    await briefing.open(`?place=${place.p}${sort === 'newest' ? '&sort=newest' : ''}`);
    await tl.expectCount(place.dated + place.undated, data.events.length);
    const ids = await tl.ids();
    // Dated cards first, undated ones after them, whichever way the dated ones run.
    const firstUndated = ids.findIndex((id) => undatedIds.has(id!));
    expect(firstUndated, sort).toBe(place.dated);
    expect(ids.slice(firstUndated).every((id) => undatedIds.has(id!)), sort).toBe(true);
    const heading = page.getByTestId('undated-heading');
    await expect(heading).toBeVisible();
    await expect(heading.getByRole('heading', { level: 2 })).toHaveText('Not dated in the sources');
    // The heading comes right before the first undated card.
    const after = await heading.evaluate((h) => h.nextElementSibling?.querySelector('article')?.getAttribute('data-event-id'));
    expect(after).toBe(ids[firstUndated]);
  }
  await expect(page.getByTestId('chart-undated')).toHaveText(
    `Not charted: ${plural(place.undated)} ${place.undated === 1 ? 'is' : 'are'} in no month, as the articles give no date.`,
  );
  await expect(page.getByTestId('date-undated')).toHaveText(
    place.undated === 1 ? '1 undated event matches; any date range leaves it out.' : `${plural(place.undated)} match; any date range leaves them out.`,
  );
  // The chart has no slot for them: no axis label reads "Undated".
  await expect(page.locator('.axis-labels')).not.toContainText('Undated');
});

test('a date range leaves the undated events out and says how many', async ({ briefing, page }) => {
  const tl = new TimelinePage(page);
  const all = undated().length;
  await briefing.open('?from=2001-01-01');
  await expect(page.getByTestId('date-undated')).toHaveText(`This range leaves out ${plural(all)}: the articles give no date.`);
  await tl.expectCount(data.events.length - all, data.events.length);
  await expect(page.getByTestId('undated-heading')).toHaveCount(0);
  // Dragging the whole chart gives a real range, never the undated marker's year 0.
  await page.getByTestId('clear-all').click();
  await expect(page.getByTestId('date-undated')).toContainText(`${plural(all)} match`);
  const box = (await page.getByTestId('activity-chart').boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const earliest = data.events.filter((e) => e.precision !== 'undated').map((e) => e.date).sort()[0];
  await expect.poll(() => briefing.query().get('from')).toBe(earliest.slice(0, 7));
  await expect(page.getByTestId('date-undated')).toContainText('This range leaves out');
});

test('the Actors panel labels an opinion piece\'s author and its judgements as opinion', async ({ briefing, page }) => {
  const opinionSources = new Set(data.sources.filter((s) => s.kind === 'op-ed').map((s) => s.id));
  const author = data.actors.find((a: any) => a.author_of && opinionSources.has(a.author_of)) as any;
  expect(author, 'the dataset has an opinion piece with an author').toBeTruthy();
  await briefing.open(`?view=actors&sel=${author.id}`);
  const profile = page.getByTestId('opinion-profile');
  await expect(profile).toBeVisible();
  await expect(profile.locator('.opinion-note')).toHaveText(
    `Opinion The author of ${sourceRefLabel(data, author.author_of)}: its judgements are opinion, not a neutral third-party view.`,
  );
  const points = data.narratives.flatMap((n: any) => (n.opinion ?? []).filter((p: any) => p.actor === author.id).map((p: any) => ({ n, p })));
  expect(points.length).toBeGreaterThan(0);
  await expect(profile.locator('li.opinion-point')).toHaveCount(points.length);
  for (const [i, { n, p }] of points.entries()) {
    const item = profile.locator('li.opinion-point').nth(i);
    await expect(item.locator('.opinion-tag')).toHaveText('Opinion');
    await expect(item.locator('.point-text')).toHaveText(asRead(data, p.text));
    await expect(item.getByRole('link', { name: n.topic })).toHaveAttribute('href', new RegExp(`topic=${n.id}`));
  }
  // A judgement's topic link leads to it in Narratives.
  await profile.locator('li.opinion-point').first().getByRole('link', { name: points[0].n.topic }).click();
  await expect(briefing.main()).toHaveAttribute('data-view', 'narratives');
  await expect.poll(() => briefing.query().get('topic')).toBe(points[0].n.id);

  // A tie and an event that rest only on the opinion piece say so.
  const tie = data.relations.find((r) => r.citations.length > 0 && r.citations.every((c) => opinionSources.has(c.source)));
  expect(tie, 'a tie rests only on the opinion piece').toBeTruthy();
  await briefing.open(`?view=actors&sel=${tie!.from}`);
  const item = page.locator(`#actor-panel li.tie[data-relation-id="${tie!.id}"]`);
  await expect(item.locator('.opinion-note')).toHaveText(`Opinion Reported only in ${sourceRefLabel(data, tie!.citations[0].source)}.`);
  const resting = data.events.filter((e) => e.actors.includes(tie!.from) && e.citations.length > 0 && e.citations.every((c) => opinionSources.has(c.source)));
  for (const e of resting) {
    await expect(page.locator(`#actor-panel li.actor-event[data-event-id="${e.id}"] .opinion-tag`)).toHaveText('Opinion');
  }
  // The ties table says so in the evidence column, and the network names the author as one.
  await briefing.open(`?view=actors&table=1`);
  await expect(page.locator(`table.ties-table tr[data-relation-id="${tie!.id}"] .col-evidence .opinion-tag`)).toHaveText('Opinion');
  await briefing.open(`?view=actors`);
  await expect(page.locator(`svg [data-actor-id="${author.id}"]`).first()).toHaveAttribute('aria-label', /, author of an opinion piece$/);
  // The same event's card on the timeline says so too, collapsed and open.
  const ev = data.events.find((e) => e.citations.length > 0 && e.citations.every((c) => opinionSources.has(c.source)))!;
  await briefing.open(`?open=${ev.id}`);
  const card = page.locator(`article.card[data-event-id="${ev.id}"]`);
  await expect(card.locator('.card-head .opinion-tag')).toHaveText('Opinion');
  await expect(card.locator('.card-details > .opinion-note')).toHaveText(`Opinion Reported only in ${sourceRefLabel(data, ev.citations[0].source)}.`);
});

test('a source id in prose reads as a short label and links to the source', async ({ briefing, page }) => {
  const tl = new TimelinePage(page);
  // An event whose summary says "s2" outside brackets, and one that says "(s2)".
  const free = data.events.find((e) => /(^|[^(\w-])s\d+(?![\w-])/.test(e.summary) && e.precision !== 'undated')!;
  const id = free.summary.match(/(?:^|[^(\w-])(s\d+)(?![\w-])/)![1];
  await briefing.open(`?open=${free.id}`);
  const summary = tl.card(free.id).locator('.card-full-summary');
  await expect(summary).toHaveText(asRead(data, free.summary));
  const ref = summary.locator('a.source-ref').filter({ hasText: sourceRefLabel(data, id) }).first();
  await expect(ref).toHaveText(sourceRefLabel(data, id));
  // The accessible name starts with the label a reader sees, then says what the source is.
  const name = await ref.getAttribute('aria-label');
  expect(name!.startsWith(`${sourceRefLabel(data, id)}: ${id} · `)).toBe(true);
  expect(name!.endsWith(', in Sources')).toBe(true);
  await expect(ref).toHaveAttribute('href', /view=sources/);
  // Text, never markup: the label is a text node inside a plain link.
  expect(await ref.evaluate((a) => [...a.childNodes].every((n) => n.nodeType === Node.TEXT_NODE))).toBe(true);
  await ref.click();
  await expect(briefing.main()).toHaveAttribute('data-view', 'sources');
  await expect(page.locator(`[data-source-id="${id}"]`)).toHaveAttribute('aria-current', 'true');

  // Inside the prose's own brackets, "(s2)" reads "(s2, analysis)".
  const bracketed = data.events.find((e) => /\(s\d+\)/.test(e.summary) && e.precision !== 'undated')!;
  const bid = bracketed.summary.match(/\((s\d+)\)/)![1];
  await briefing.open(`?open=${bracketed.id}`);
  await expect(tl.card(bracketed.id).locator('.card-full-summary')).toContainText(`(${sourceRefLabel(data, bid, true)})`);
  // Narratives and the Actors panel draw their prose the same way.
  const point = data.narratives.flatMap((n) => n.third_party.map((p) => ({ n, p }))).find(({ p }) => /(?<![\w-])s\d+(?![\w-])/.test(p.text))!;
  await briefing.open(`?view=narratives&topic=${point.n.id}`);
  await expect(page.locator(`[data-topic-id="${point.n.id}"] .point-text`, { hasText: asRead(data, point.p.text) }).locator('a.source-ref').first()).toBeVisible();
});
