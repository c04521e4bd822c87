// WCAG 2.2 SC 2.5.8 Target Size (Minimum), from bounding boxes: every control is at
// least 24×24 CSS px, or is undersized but spaced so that a 24 px circle centred on
// it intersects no other control and no other undersized control's circle. Inline
// links in a sentence are exempt (the rule's "inline" exception). A checkbox counts
// by its own box, not its label's, as Lighthouse's audit counts it. Checked on every
// view and in the states that show more controls, at desktop and phone size.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

type Box = { x: number; y: number; w: number; h: number; what: string };

/** Every visible control with its page-space box; inline links in text are left out. */
async function targets(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    // A card (article, tabindex 0) takes the keyboard focus but no click; the actors
    // network's nodes (svg g, tabindex 0) take both.
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, svg [tabindex="0"], [role="button"], [role="link"]';
    const describe = (e: Element) => {
      const text = (e.getAttribute('aria-label') || e.textContent || (e as HTMLInputElement).value || '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const cls = typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : '';
      return `${e.tagName.toLowerCase()}${cls} "${text}"`;
    };
    // A link inside a run of text (a sentence, a caption) is inline: its size is set by
    // the line height of the text around it.
    const inline = (e: Element) => {
      if (e.tagName !== 'A' || getComputedStyle(e).display !== 'inline') return false;
      let block = e.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      if (!block) return false;
      const own = (e.textContent || '').trim().length;
      return (block.textContent || '').trim().length > own + 2;
    };
    const out: { x: number; y: number; w: number; h: number; what: string }[] = [];
    for (const e of document.querySelectorAll(selector)) {
      if (e.closest('[hidden], [aria-hidden="true"], .visually-hidden, .skip-link')) continue;
      if (e.closest('details:not([open])') && e.tagName !== 'SUMMARY') continue;
      const r = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
      // A summary's target is its marker and text; a control inside another (a label's
      // input) is the same target as far as spacing goes, handled below.
      if (inline(e)) continue;
      out.push({ x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height, what: describe(e) });
    }
    return out;
  });
}

const MIN = 24;

function violations(boxes: Box[]): string[] {
  const small = (b: Box) => b.w < MIN - 0.01 || b.h < MIN - 0.01;
  const centre = (b: Box) => [b.x + b.w / 2, b.y + b.h / 2];
  // Distance from a point to a rectangle (0 inside it).
  const toRect = ([px, py]: number[], b: Box) =>
    Math.hypot(Math.max(b.x - px, 0, px - (b.x + b.w)), Math.max(b.y - py, 0, py - (b.y + b.h)));
  const same = (a: Box, b: Box) => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
  const out: string[] = [];
  for (const t of boxes.filter(small)) {
    const c = centre(t);
    for (const o of boxes) {
      if (o === t || same(o, t)) continue;
      // Nested controls (a button inside a link's box) would be a bug of their own.
      const tooClose = toRect(c, o) < MIN / 2 - 0.01 || (small(o) && Math.hypot(c[0] - centre(o)[0], c[1] - centre(o)[1]) < MIN - 0.01);
      if (tooClose) {
        out.push(`${t.what} ${t.w.toFixed(1)}×${t.h.toFixed(1)} px is too close to ${o.what} ${o.w.toFixed(1)}×${o.h.toFixed(1)} px`);
        break;
      }
    }
  }
  return out;
}

const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

const states: { name: string; query: string; prepare?: (page: Page) => Promise<void> }[] = [
  { name: 'timeline', query: '' },
  { name: 'timeline, filters open, a card expanded, a filter set', query: '?kind=airstrike&open=ev-nov24-strikes', prepare: async (page) => {
    const details = page.locator('details.facet-details');
    if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click();
  } },
  { name: 'actors, network with a selection', query: '?view=actors&sel=ttp' },
  { name: 'actors, table', query: '?view=actors&mode=table' },
  { name: 'narratives', query: '?view=narratives' },
  { name: 'sources, a quote list open', query: '?view=sources', prepare: async (page) => {
    await page.locator('details.quotes > summary').first().click();
  } },
];

for (const size of sizes) {
  for (const state of states) {
    test(`targets are 24×24 px or spaced (${size.name}): ${state.name}`, async ({ page, briefing }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await briefing.open(state.query);
      if (state.prepare) await state.prepare(page);
      await page.waitForTimeout(150);
      const found = violations(await targets(page));
      expect(found, found.join('\n')).toEqual([]);
    });
  }
}

test('axe-core\'s target-size rule agrees on every view, at phone size', async ({ page, briefing }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const query of ['', '?view=actors&sel=ttp', '?view=narratives', '?view=sources']) {
    await briefing.open(query);
    // Off-screen cards (content-visibility: auto) keep a 150 px placeholder box while
    // axe lays their contents out at full size, so it sees the next card over their
    // chips. Draw every card as it is drawn when scrolled to.
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('.card-row').forEach((r) => { r.style.contentVisibility = 'visible'; }));
    const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
    const report = results.violations.flatMap((v) => v.nodes.map((n) => `${query || 'timeline'}: ${n.target.join(' ')}: ${n.failureSummary}`));
    expect(report, report.join('\n')).toEqual([]);
  }
});
