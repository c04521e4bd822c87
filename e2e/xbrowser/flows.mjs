// The reader's main flows, run in Firefox and in WebKitGTK at desktop and phone
// size (run.mjs), plus checks for the defects the cross-browser review found
// (D1–D6 in ../shared/reviews/cross-browser.md). Every test also fails on a
// console error, an uncaught exception or a CSP violation (lib/harness.mjs).
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { check, waitFor } from './lib/harness.mjs';
import { elementPixels, inkShare, meanLuminance, sleep } from './lib/util.mjs';

// Expectations come from the dataset the app was built with, not from fixed numbers.
const DATA = JSON.parse(readFileSync(new URL('../../data/briefing.json', import.meta.url), 'utf8'));
const TOTAL = DATA.events.length;
const AIRSTRIKES = DATA.events.filter((e) => e.kind === 'airstrike').length;

/** Opens the app at a query string and waits until it has started: drawn, and the
 * static first screen, if any, taken over (the app draws behind it over a few tasks). */
async function open(b, base, query = '') {
  await b.goto(base + query);
  await waitFor(b, () => !!document.querySelector('main#main') && !document.getElementById('skeleton')
    && !document.querySelector('body > [data-first-screen], .app-pending'), [], 'the app to start', 20_000);
}

const dataView = (b) => b.eval(() => document.querySelector('main#main')?.getAttribute('data-view'));
const resultCount = (b) => b.eval(() => document.querySelector('[data-testid="result-count"]')?.textContent || '');
const cardCount = (b) => b.eval(() => document.querySelectorAll('article.card').length);

/** On phones the filters are folded into a <details>; open it. */
async function openFilters(b) {
  const open = await b.eval(() => document.querySelector('details.facet-details')?.open);
  if (!open) await b.click('details.facet-details > summary');
  await waitFor(b, () => document.querySelector('details.facet-details')?.open, [], 'the filters to open');
}

/** Nothing is wider than the page (a phone would scroll sideways). */
async function noSideScroll(b, what) {
  const w = await b.eval(() => ({ scroll: document.documentElement.scrollWidth, page: document.documentElement.clientWidth }));
  check(w.scroll <= w.page, `${what} is ${w.scroll} px wide on a ${w.page} px page`);
}

async function setDark(b, on) {
  const dark = await b.eval(() => document.documentElement.getAttribute('data-theme') === 'dark');
  if (dark !== on) await b.click('.theme-toggle');
  await waitFor(b, (want) => (document.documentElement.getAttribute('data-theme') === 'dark') === want, [on], `dark mode ${on}`);
}

export const tests = [
  {
    name: 'the error check catches a deliberate CSP violation and an uncaught exception',
    sizes: ['desktop'],
    async fn(b, { base }) {
      await open(b, base);
      await b.eval(() => {
        const img = new Image();
        img.src = 'http://127.0.0.2/deliberate-violation.png';
        document.body.append(img);
        setTimeout(() => { throw new Error('deliberate exception'); });
      });
      await sleep(400);
      const caught = b.takeErrors();
      check(caught.some((e) => /img-src|deliberate-violation/.test(e)), `the CSP violation was not reported: ${JSON.stringify(caught)}`);
      check(caught.some((e) => /deliberate exception/.test(e)), `the exception was not reported: ${JSON.stringify(caught)}`);
      await b.eval(() => document.querySelector('img[src*="deliberate-violation"]')?.remove());
    },
  },
  {
    name: 'loads: header, five views, first cards; the static first screen taken over, no skeleton or notice left',
    async fn(b, { base }) {
      await open(b, base);
      const shell = await b.eval(() => ({
        title: document.querySelector('.brand-title')?.textContent,
        nav: [...document.querySelectorAll('.site-nav a')].map((a) => a.textContent),
        fallback: document.getElementById('fallback-notice') !== null,
        copies: document.querySelectorAll('[data-first-screen]').length,
        headers: document.querySelectorAll('header.site-header').length,
        mains: document.querySelectorAll('main').length,
      }));
      check(/Pakistan/.test(shell.title), `brand title: ${shell.title}`);
      check(shell.nav.join() === 'Timeline,Map,Actors,Narratives,Sources', `nav links: ${shell.nav}`);
      check(!shell.fallback, 'the notice for browsers that cannot run the app is still in the document');
      check(shell.copies === 0 && shell.headers === 1 && shell.mains === 1,
        `after the takeover: ${shell.copies} static nodes, ${shell.headers} headers, ${shell.mains} mains`);
      await waitFor(b, () => document.querySelectorAll('article.card').length >= 4, [], 'the first cards');
      check(new RegExp(`^${TOTAL} events$`).test(await resultCount(b)), `result count: ${await resultCount(b)}`);
      await noSideScroll(b, 'Timeline');
    },
  },
  {
    name: 'a deep link (?view=actors) opens Actors: boot.js set the page aside from the static first screen, and ran the deep-link build',
    async fn(b, { base }) {
      await open(b, base, '?view=actors');
      const page = await b.eval(() => ({
        view: document.querySelector('main#main')?.getAttribute('data-view'),
        deep: document.documentElement.classList.contains('deep-link'),
        copies: document.querySelectorAll('[data-first-screen]').length,
        // The wasm it ran: the deep-link build's, unless the service worker controls the
        // page (then the app and the views module it keeps).
        controlled: !!navigator.serviceWorker?.controller,
        wasm: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm'))
          .map((e) => (e.name.includes('/deep/') ? 'deep' : e.name.includes('/views/') ? 'views' : 'app')).sort().join(','),
      }));
      check(page.view === 'actors' && page.deep && page.copies === 0, `deep link: ${JSON.stringify(page)}`);
      check(page.wasm === (page.controlled ? 'app,views' : 'deep'), `deep link's wasm: ${JSON.stringify(page)}`);
    },
  },
  {
    name: 'the whole briefing as plain HTML: every event, and every in-page link has its target',
    async fn(b, { base }) {
      await b.goto(base + 'briefing.html');
      await waitFor(b, () => document.readyState === 'complete', [], 'briefing.html');
      const page = await b.eval(() => ({
        events: document.querySelectorAll('article[id^="event-"]').length,
        links: document.querySelectorAll('a[href^="#"]').length,
        broken: [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href').slice(1))
          .filter((id) => !document.getElementById(decodeURIComponent(id))),
      }));
      check(page.events === TOTAL, `events in briefing.html: ${page.events} of ${TOTAL}`);
      check(page.links > 0 && page.broken.length === 0, `in-page links without a target: ${page.broken.slice(0, 5)}`);
      await noSideScroll(b, 'briefing.html');
    },
  },
  {
    name: 'D1: the wasm is fetched once, and no preload warning',
    sizes: ['desktop'],
    async fn(b, { base }) {
      await open(b, base);
      // WebKit warns about an unused preload a few seconds after the load event.
      await waitFor(b, () => document.readyState === 'complete', [], 'the load event');
      await sleep(3500);
      const wasm = await b.eval(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).map((e) => `${e.initiatorType} ${e.name}`));
      check(wasm.length === 1, `the wasm was requested ${wasm.length} times: ${wasm.join(', ')}`);
    },
  },
  {
    name: 'search "Khost", then reload keeps the search and its result',
    async fn(b, { base }) {
      await open(b, base);
      await b.type('#timeline-search', 'Khost');
      await waitFor(b, (n) => new RegExp(`^\\d+ of ${n} events$`).test(document.querySelector('[data-testid="result-count"]')?.textContent), [TOTAL], 'a narrowed result');
      const before = await resultCount(b);
      await waitFor(b, () => new URL(location.href).searchParams.get('q') === 'Khost', [], 'q=Khost in the URL');
      await b.reload();
      await waitFor(b, () => !!document.querySelector('main#main'), [], 'the app after reload', 20_000);
      const after = await b.eval(() => ({ q: document.getElementById('timeline-search')?.value, n: document.querySelector('[data-testid="result-count"]')?.textContent }));
      check(after.q === 'Khost', `search box after reload: ${after.q}`);
      check(after.n === before, `count after reload: ${after.n}, before: ${before}`);
      const texts = await b.eval(() => [...document.querySelectorAll('article.card')].map((c) => c.textContent.toLowerCase()));
      check(texts.length > 0 && texts.some((t) => t.includes('khost')), 'no card mentions Khost');
    },
  },
  {
    name: 'a Kind filter narrows the cards and shows its chip',
    async fn(b, { base }) {
      await open(b, base);
      await openFilters(b);
      await b.click('fieldset.facet[data-facet="kind"] input[data-value="airstrike"]');
      await waitFor(b, (k, n) => document.querySelector('[data-testid="result-count"]')?.textContent === `${k} of ${n} events`, [AIRSTRIKES, TOTAL], 'the airstrikes');
      // The URL is written right after the frame that shows the change.
      await waitFor(b, () => new URL(location.href).searchParams.get('kind') === 'airstrike', [], 'kind=airstrike in the URL');
      const chips = await b.eval(() => [...document.querySelectorAll('.active-filters button, .active-filters .chip')].map((c) => c.textContent));
      check(chips.some((c) => /Airstrike/.test(c)), `active filter chips: ${chips}`);
    },
  },
  {
    name: 'expanding a card shows its claims and citations',
    async fn(b, { base }) {
      await open(b, base);
      await waitFor(b, () => !!document.querySelector('article.card .card-toggle'), [], 'a card');
      await b.click('article.card .card-toggle');
      await waitFor(b, () => document.querySelector('article.card .card-toggle')?.getAttribute('aria-expanded') === 'true', [], 'the card to expand');
      const quotes = await b.eval(() => document.querySelector('article.card').querySelectorAll('blockquote').length);
      check(quotes > 0, 'the expanded card shows no quotes');
      await waitFor(b, () => !!new URL(location.href).searchParams.get('open'), [], 'the open card in the URL');
    },
  },
  {
    name: 'every view from the nav, then Back through them',
    async fn(b, { base }) {
      await open(b, base);
      for (const v of ['Map', 'Actors', 'Narratives', 'Sources']) {
        await b.click(`.site-nav a:nth-child(${['Timeline', 'Map', 'Actors', 'Narratives', 'Sources'].indexOf(v) + 1})`);
        await waitFor(b, (want) => document.querySelector('main#main')?.getAttribute('data-view') === want
          && new URL(location.href).searchParams.get('view') === want, [v.toLowerCase()], `the ${v} view and its URL`);
        const h1 = await b.eval(() => document.querySelector('h1')?.textContent || '');
        check(h1.includes(v), `${v} heading: ${h1}`);
        await noSideScroll(b, v);
      }
      for (const v of ['narratives', 'actors', 'map', 'timeline']) {
        await b.back();
        await waitFor(b, (want) => document.querySelector('main#main')?.getAttribute('data-view') === want, [v], `Back to ${v}`);
      }
      check(await dataView(b) === 'timeline', 'not back on the timeline');
    },
  },
  {
    name: 'selecting an actor in the network opens its profile',
    async fn(b, { base }) {
      await open(b, base, '?view=actors');
      await waitFor(b, () => !!document.querySelector('svg.network [data-actor-id="ttp"]'), [], 'the network');
      await b.clickAt('svg.network [data-actor-id="ttp"]');
      await waitFor(b, () => new URL(location.href).searchParams.get('sel') === 'ttp', [], 'sel=ttp in the URL');
      const heading = await waitFor(b, () => document.querySelector('.actor-panel .profile-head h2')?.textContent, [], 'the profile');
      check(/Tehreek-e-Taliban/.test(heading), `profile heading: ${heading}`);
    },
  },
  {
    name: 'Map: the module loads, a place is selected and its event opens on the timeline',
    async fn(b, { base }) {
      await open(b, base, '?view=map');
      // The map stays hidden until its lazily fetched stylesheet applies.
      await waitFor(b, () => {
        const ready = document.querySelector('.map-ready');
        return !!ready && getComputedStyle(ready).visibility === 'visible'
          && !!document.querySelector('svg.map-svg g.place[data-place-id="pl-kabul"]');
      }, [], 'the map, shown, with its places', 20_000);
      // Each place is a focusable control; Enter selects it (a pointer click at a marker's
      // centre can land on a neighbour's label in the crowded Kabul–Peshawar strip).
      await b.eval(() => document.querySelector('svg.map-svg g.place[data-place-id="pl-kabul"]').focus());
      await b.press('Enter');
      await waitFor(b, () => new URL(location.href).searchParams.get('pl') === 'pl-kabul', [], 'pl=pl-kabul in the URL');
      const title = await waitFor(b, () => document.querySelector('#map-panel h2')?.textContent, [], 'the place panel');
      check(/Kabul/.test(title), `panel heading: ${title}`);
      const event = await b.eval(() => document.querySelector('#map-panel a.map-event-title')?.getAttribute('data-intent')?.slice('event:'.length));
      check(!!event, 'the panel lists no event');
      await b.click('#map-panel a.map-event-title');
      await waitFor(b, (id) => document.querySelector('main#main')?.getAttribute('data-view') === 'timeline'
        && new URL(location.href).searchParams.get('open') === id, [event], 'the event open on the timeline');
      await b.back();
      await waitFor(b, () => document.querySelector('main#main')?.getAttribute('data-view') === 'map'
        && !!document.querySelector('svg.map-svg'), [], 'Back to the map');
      await noSideScroll(b, 'Map');
    },
  },
  {
    name: 'Narratives: the two governments side by side (stacked on phones), and the side toggle',
    async fn(b, { base, size }) {
      await open(b, base, '?view=narratives');
      await waitFor(b, () => !!document.querySelector('.topic .sides'), [], 'the first topic');
      const geo = await b.eval(() => {
        const sides = document.querySelector('.topic .sides');
        const rect = (s) => sides.querySelector(`.side[data-side="${s}"]`).getBoundingClientRect();
        const p = rect('pakistan'), a = rect('afghanistan');
        return { pTop: p.top, aTop: a.top, pLeft: p.left, aLeft: a.left, pWidth: p.width, aWidth: a.width };
      });
      if (size.name === 'desktop') {
        check(Math.abs(geo.pTop - geo.aTop) < 1 && geo.pLeft < geo.aLeft, `columns not side by side: ${JSON.stringify(geo)}`);
        check(Math.abs(geo.pWidth - geo.aWidth) < 2, `columns of unequal width: ${JSON.stringify(geo)}`);
      } else {
        check(geo.aTop > geo.pTop && Math.abs(geo.pLeft - geo.aLeft) < 1, `columns not stacked: ${JSON.stringify(geo)}`);
      }
      await b.click('.side-toggle button[data-side-option="afghanistan"]');
      await waitFor(b, () => document.querySelector('.topics')?.getAttribute('data-showing') === 'afghanistan', [], 'Afghanistan only');
      const shown = await b.eval(() => {
        const sides = document.querySelector('.topic .sides');
        const visible = (s) => sides.querySelector(`.side[data-side="${s}"]`).getBoundingClientRect().height > 0;
        return { p: visible('pakistan'), a: visible('afghanistan') };
      });
      check(!shown.p && shown.a, `after "Afghanistan": ${JSON.stringify(shown)}`);
      await b.click('.side-toggle button[data-side-option="both"]');
      await waitFor(b, () => document.querySelector('.topics')?.getAttribute('data-showing') !== 'afghanistan', [], 'both sides');
    },
  },
  {
    name: 'downloads: the dataset, and the timeline as CSV and JSON',
    async fn(b, { base }) {
      await open(b, base, '?view=sources');
      const dir = b.downloads;
      for (const f of readdirSync(dir)) rmSync(join(dir, f), { force: true });
      const saved = async (match, what) => {
        const end = Date.now() + 10_000;
        for (;;) {
          const f = readdirSync(dir).find((n) => match.test(n) && !/\.(part|download|wkdownload)$/.test(n));
          if (f) {
            const text = readFileSync(join(dir, f), 'utf8');
            if (text.length > 0) return { name: f, text };
          }
          if (Date.now() > end) throw new Error(`no ${what} in ${dir}: ${readdirSync(dir)}`);
          await sleep(100);
        }
      };
      await waitFor(b, () => !!document.querySelector('[data-testid="download-dataset"]'), [], 'the export panel');
      await b.click('[data-testid="download-dataset"]');
      const json = await saved(/^briefing.*\.json$/, 'briefing.json');
      check(JSON.parse(json.text).events.length === TOTAL, `the downloaded dataset does not hold ${TOTAL} events`);
      await b.click('#export-csv');
      const csv = await saved(/\.csv$/, 'CSV export');
      check(csv.text.split('\r\n')[0].includes('date'), `CSV header: ${csv.text.slice(0, 80)}`);
      check(csv.text.trim().split('\r\n').length >= 46, `CSV rows: ${csv.text.trim().split('\r\n').length}`);
      await b.click('#export-json');
      const exported = await saved(/^(?!briefing\.json$).*\.json$/, 'JSON export');
      check(exported.text.includes('"events"'), `JSON export: ${exported.text.slice(0, 80)}`);
      await b.eval(() => window.scrollTo(0, 0));
    },
  },
  {
    name: 'dark mode: the toggle darkens the page and the filter checkboxes (D4)',
    async fn(b, { base }) {
      await open(b, base);
      try {
        await setDark(b, true);
        const bg = await b.eval(() => getComputedStyle(document.body).backgroundColor);
        check(bg === 'rgb(15, 20, 25)', `page background in dark mode: ${bg}`);
        await openFilters(b);
        const lum = meanLuminance(await elementPixels(b, 'fieldset.facet[data-facet="kind"] input[type="checkbox"]'));
        // A white native checkbox is ~0.8–1.0; the dark-themed one is below 0.2.
        check(lum < 0.3, `an unchecked filter checkbox is light in dark mode (mean luminance ${lum.toFixed(2)})`);
      } finally {
        await setDark(b, false);
        await b.eval(() => localStorage.removeItem('theme'));
      }
    },
  },
  {
    name: 'D2: the chart axis labels fit their row (no clipped descenders)',
    async fn(b, { base }) {
      await open(b, base);
      const bad = await waitFor(b, () => {
        const row = document.querySelector('.axis-labels');
        if (!row || !row.children.length) return null;
        const r = row.getBoundingClientRect();
        const out = [...row.querySelectorAll('.axis-label')].filter((l) => l.getClientRects().length).map((l) => {
          const b = l.getBoundingClientRect();
          return { text: l.textContent, over: Math.round((b.bottom - r.bottom) * 10) / 10 };
        });
        return { out: out.filter((o) => o.over > 0.5), n: out.length };
      }, [], 'the axis labels');
      check(bad.n > 0, 'no axis labels');
      check(bad.out.length === 0, `labels overflow their clipped row: ${JSON.stringify(bad.out.slice(0, 3))}`);
    },
  },
  {
    name: 'D3: empty From/To date fields show no date',
    browsers: ['webkit'],
    async fn(b, { base }) {
      await open(b, base);
      await openFilters(b);
      for (const id of ['date-from', 'date-to']) {
        const ink = inkShare(await elementPixels(b, `[data-testid="${id}"]`));
        check(ink < 0.01, `the empty ${id} field shows text (${(ink * 100).toFixed(1)}% of its pixels): it reads like a set date`);
      }
    },
  },
  {
    name: 'D5: the filter column keeps its content clear of its scrollbar',
    sizes: ['desktop'],
    async fn(b, { base }) {
      await open(b, base);
      const m = await b.eval(() => {
        const panel = document.querySelector('.facet-panel');
        const p = panel.getBoundingClientRect();
        const style = getComputedStyle(panel);
        const inner = p.right - parseFloat(style.borderRightWidth) - (panel.offsetWidth - panel.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth));
        const right = Math.max(...[...panel.querySelectorAll('input, .facet-count, button')].filter((e) => e.getClientRects().length).map((e) => e.getBoundingClientRect().right));
        return { scrolls: panel.scrollHeight > panel.clientHeight, classic: panel.offsetWidth - panel.clientWidth, clearance: inner - right };
      });
      check(m.scrolls, 'the filter column does not scroll at this size; the check needs it to');
      // Overlay scrollbars (WebKitGTK's, macOS's, phones') take no layout space and are
      // drawn over the last 8–10 px; classic ones take their own gutter.
      const need = m.classic > 0 ? 0 : 10;
      check(m.clearance >= need, `content ends ${m.clearance.toFixed(1)} px from the scrollbar side (needs ${need}): ${JSON.stringify(m)}`);
    },
  },
  {
    name: 'D6: the nav fits on one line',
    async fn(b, { base }) {
      await open(b, base);
      const nav = await b.eval(() => {
        const links = [...document.querySelectorAll('.site-nav a')].map((a) => a.getBoundingClientRect().top);
        return { tops: links.map(Math.round), width: document.documentElement.clientWidth };
      });
      check(new Set(nav.tops).size === 1, `the nav wraps at a ${nav.width} px wide page: link tops ${nav.tops}`);
    },
  },
];

