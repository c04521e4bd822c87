// Trunk post-build hook step (after embed-page, before the service worker): renders
// the default view's first screen into index.html, so it paints at HTML parse instead
// of after the wasm. It is drawn by the app itself: the finished build is served
// from the staging folder, opened in headless Chromium at 1280×800, and once the
// app has mounted, its header, nav, timeline heading, chart and first cards are
// copied out of the live DOM. So the static screen is the same view code's output,
// never a hand-kept copy (e2e/specs/first-screen.spec.ts compares the two).
//
// In the copy: comments (the builder's slot markers) are dropped, rows past the
// first CARDS cards are cut, every control that needs the wasm is `inert` (links
// stay: they are plain links), and each top-level node is marked data-first-screen.
// The app takes it over on start (src/components/first_screen.rs); public/boot.js
// hides it before the first paint when the URL asks for another state.
//
// Skipped under `trunk serve` (debug) and with BRIEFING_FIRST_SCREEN=0: the page
// then shows the loading skeleton, as before.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set');
const release = process.env.TRUNK_PROFILE !== 'debug';
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
const slot = /<template id="?first-screen"?><\/template>/;
if (!slot.test(html)) throw new Error('first-screen: index.html has no <template id="first-screen"></template>');

// boot.js's comments are for this repository, not for every reader's first load.
const bootPath = join(dir, 'boot.js');
writeFileSync(bootPath, readFileSync(bootPath, 'utf8').split('\n').filter((l) => !/^\s*\/\//.test(l)).join('\n'));

// Enough cards to fill the first screen at any size: the first card starts at 599 px on
// a 1280×800 screen and at 863 px on a 390×844 phone (under the chart), and three reach
// 1177 px. Each one costs about 0.3 KB brotli and its share of the first layout.
const CARDS = 3;

if (!release || process.env.BRIEFING_FIRST_SCREEN === '0') {
  writeFileSync(htmlPath, html.replace(slot, ''));
  console.log('first-screen: skipped (debug build or BRIEFING_FIRST_SCREEN=0)');
} else {
  const started = Date.now();
  const port = 20000 + (process.pid % 20000);
  const server = spawn(process.execPath, [new URL('../e2e/serve.mjs', import.meta.url).pathname], {
    env: { ...process.env, PORT: String(port), DIST_DIR: dir, BASE_PATH: '/briefing/' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const require = createRequire(new URL('../e2e/package.json', import.meta.url));
  const { chromium } = require('@playwright/test');
  let browser;
  try {
    await waitForServer(`http://127.0.0.1:${port}/briefing/`);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The static screen is the default state: no query, nothing saved.
    await page.goto(`http://127.0.0.1:${port}/briefing/`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => performance.getEntriesByName('briefing:mounted').length > 0 && document.querySelector('a[data-intent][href]'));
    // hrefs are filled after the first paint; let that pass.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    if (errors.length) throw new Error(`first-screen: the app failed while rendering: ${errors.join('; ')}`);
    const { markup, cards } = await page.evaluate(copyFirstScreen, CARDS);
    if (cards === 0) throw new Error('first-screen: the rendered page holds no event card');
    html = html.replace(slot, markup).replace(/<html\b/, '<html class="has-first-screen"');
    writeFileSync(htmlPath, html);
    console.log(`first-screen: wrote the timeline's first screen into index.html (${cards} cards, ${(markup.length / 1024).toFixed(1)} KB raw) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await browser?.close();
    server.kill();
  }
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`first-screen: the build could not be served at ${url}`);
}

// Runs in the page: the live app's first screen as HTML.
function copyFirstScreen(maxCards) {
  const keep = [...document.body.children].filter((n) => n.matches('.skip-link, header.site-header, main#main'));
  const nodes = keep.map((n) => n.cloneNode(true));
  let cards = 0;
  for (const node of nodes) {
    // Rows past the last kept card go (and any heading that would end the list).
    const list = node.querySelector('ol.cards');
    if (list) {
      let seen = 0;
      let cut = null;
      for (const row of [...list.children]) {
        if (cut === null && row.matches('.card-row')) {
          seen += 1;
          if (seen === maxCards) cut = row;
        } else if (cut !== null) {
          row.remove();
        }
      }
      cards = Math.min(seen, maxCards);
    }
    // What is hidden is not drawn (the facets' options past "Show all", a card's
    // details): leaving it out changes nothing visible and saves 1.5 KB brotli.
    node.querySelectorAll('[hidden]').forEach((h) => h.remove());
    // Intents are read by the app's handlers only; every link already has its href.
    node.querySelectorAll('[data-intent]').forEach((e) => e.removeAttribute('data-intent'));
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    comments.forEach((c) => c.remove());
    // Controls that need the wasm do nothing until it runs: inert, not broken. The
    // search box stays: what is typed there is kept when the app takes over.
    for (const control of node.querySelectorAll('button, select, input:not([type=search]), summary')) control.setAttribute('inert', '');
    // The Filters panel scrolls, and with its checkboxes inert nothing in it could take
    // the focus to scroll it by keyboard (axe: scrollable-region-focusable).
    for (const panel of node.querySelectorAll('.facet-panel')) panel.setAttribute('tabindex', '0');
    node.setAttribute('data-first-screen', '');
  }
  // Ids get a prefix (and every reference to them follows), so the copy never
  // answers for the app's own elements (#main, #timeline-search) while both exist.
  const ids = new Set(nodes.flatMap((n) => [n, ...n.querySelectorAll('[id]')]).filter((e) => e.id).map((e) => e.id));
  const renamed = (list) => list.split(/\s+/).map((t) => (ids.has(t) ? `fs-${t}` : t)).join(' ');
  for (const e of nodes.flatMap((n) => [n, ...n.querySelectorAll('*')])) {
    if (e.id) e.id = `fs-${e.id}`;
    for (const attr of ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls']) {
      if (e.hasAttribute(attr)) e.setAttribute(attr, renamed(e.getAttribute(attr)));
    }
    const href = e.getAttribute('href');
    if (href?.startsWith('#') && ids.has(href.slice(1))) e.setAttribute('href', `#fs-${href.slice(1)}`);
  }
  const status = '<p class="first-screen-status" role="status" data-first-screen>Loading search, filters and the other views…</p>';
  return { markup: nodes.map((n) => n.outerHTML).join('') + status, cards };
}
