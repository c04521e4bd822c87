// Drives the benchmark bundles in headless Chromium and prints a table.
// Timings come from the browser's clocks: Performance marks set by the app,
// performance.now() around input events, and requestAnimationFrame after updates.
// "to painted": the input is dispatched at the start of a frame (inside a
// requestAnimationFrame callback, where Chromium also delivers real input), and the
// clock stops in the first task after it. Chromium runs the update's microtasks, then
// style, layout and paint of that same frame before that task, so the figure is the
// main-thread time from input to the painted frame: the one-frame budget.
// "to next frame callback" waits for the following requestAnimationFrame, so it can
// never be below one vsync interval (16.7 ms at 60 Hz); it shows dropped frames.
import { chromium } from '../e2e/node_modules/playwright/index.mjs';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

import { benchArgs, median, printTable, serveBundles } from './common.mjs';

const { runs, names, flags } = benchArgs(5);

function transfer(dir) {
  let total = 0;
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    // briefing.html (the plain version) and its stylesheet are opened from a link, not
    // fetched by the first load (as scripts/size.mjs counts).
    if (statSync(p).isFile() && /\.(html|js|wasm|css|svg)$/.test(f) && !['briefing.html', 'static-briefing.css', 'embed.js', 'map.css'].includes(f)) {
      total += brotliCompressSync(readFileSync(p), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
  }
  return total / 1024;
}

// In-page helpers: wait until the DOM work of an update is done, then for the next frame.
const inPage = {
  async mapStep() {
    const input = document.getElementById('map-month');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    const settled = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(performance.now()); c.port2.postMessage(0); });
    const work = [];
    for (let i = 1; i <= Math.min(6, Number(input.max)); i++) {
      await frame();
      const t0 = performance.now();
      input.value = String(i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      work.push((await settled()) - t0);
    }
    work.sort((a, b) => a - b);
    return work[Math.floor(work.length / 2)];
  },
  async keystroke() {
    const input = document.getElementById('timeline-search');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    const times = [];
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await frame(); await frame();
    const work = [];
    // A macrotask after the input event runs once Leptos' microtask updates are done.
    const settled = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(performance.now()); c.port2.postMessage(0); });
    for (const text of ['b', 'bo', 'bor', 'bord', 'borde', 'border']) {
      await frame();
      const t0 = performance.now();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const tw = await settled();
      const t1 = await frame();
      work.push(tw - t0);
      times.push(t1 - t0);
    }
    return { paint: times, work };
  },
  async filterClick() {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    // Query the box each time: a click must hit the element that is on the page now.
    const box = () => document.querySelector('fieldset.facet[data-facet="kind"] input[type="checkbox"]');
    const times = [];
    const work = [];
    const settled = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(performance.now()); c.port2.postMessage(0); });
    // 12 clicks (each toggles the box): the first also compiles the click path's wasm
    // functions on first call, so it is reported on its own row.
    for (let i = 0; i < 12; i++) {
      await frame();
      const t0 = performance.now();
      box().click();
      const tw = await settled();
      const t1 = await frame();
      work.push(tw - t0);
      times.push(t1 - t0);
    }
    return { paint: times, work };
  },
};


const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
// Bundles are measured in turns (run 1 of each, then run 2 of each, ...), so a
// machine that slows down or speeds up during the bench weighs on every bundle alike.
// --interactions skips the other views' first paints (more runs in the same time).
const interactionsOnly = flags.includes('--interactions');
const bundles = (await serveBundles(names, 4300)).map((b) => ({ ...b,
  m: { transfer: [transfer(b.dir)], parse: [], firstCard: [], ready: [], keystrokeEarly: [], keystroke: [], keystrokeWork: [], filter: [], filterWork: [], filterFirst: [], actors: [], narratives: [], map: [], mapStep: [], memory: [] } }));
for (let r = 0; r < runs; r++) {
  for (const { base, m } of bundles) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
      new MutationObserver((_, obs) => {
        if (document.querySelector('article.card, [data-actor-id], [data-topic-id]')) {
          obs.disconnect();
          requestAnimationFrame(() => { window.__firstPaint = performance.now(); });
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(base);
    await page.waitForFunction(() => window.__firstPaint, null, { timeout: 120000 });
    // A build with a static first screen paints its first card from the HTML; the app
    // is ready once the wasm has drawn and taken that screen over.
    await page.waitForFunction(() => performance.getEntriesByName('briefing:mounted').length > 0, null, { timeout: 120000 });
    const first = await page.evaluate(() => ({
      firstCard: window.__firstPaint,
      ready: performance.getEntriesByName('briefing:mounted')[0].startTime,
      parse: performance.getEntriesByName('briefing:parse-end')[0].startTime - performance.getEntriesByName('briefing:parse-start')[0].startTime,
    }));
    m.firstCard.push(first.firstCard);
    m.ready.push(first.ready);
    m.parse.push(first.parse);
    // Typing at once, while the start-up tail runs (the rest of the first page, hrefs,
    // the service worker's registration and precache): reported on its own row.
    const early = await page.evaluate(inPage.keystroke);
    m.keystrokeEarly.push(median(early.work));
    // The interaction rows are for a page that has settled: no request for 500 ms.
    await page.waitForLoadState('networkidle');
    const keys = await page.evaluate(inPage.keystroke);
    m.keystroke.push(median(keys.paint));
    m.keystrokeWork.push(median(keys.work));
    const clicks = await page.evaluate(inPage.filterClick);
    m.filterFirst.push(clicks.work[0]);
    m.filter.push(median(clicks.paint.slice(1)));
    m.filterWork.push(median(clicks.work.slice(1)));
    const memory = await page.evaluate(() => {
      if (window.gc) window.gc();
      const heap = performance.memory ? performance.memory.usedJSHeapSize : 0;
      const wasm = window.__wasm && window.__wasm.memory ? window.__wasm.memory.buffer.byteLength : 0;
      return (heap + wasm) / (1024 * 1024);
    });
    m.memory.push(memory);
    for (const [view, sel] of interactionsOnly ? [] : [['actors', '[data-actor-id]'], ['narratives', '[data-topic-id]'], ['map', 'svg.map-svg g.place']]) {
      const p2 = await context.newPage();
      await p2.addInitScript((sel) => {
        new MutationObserver((_, obs) => {
          if (document.querySelector(sel)) { obs.disconnect(); requestAnimationFrame(() => { window.__firstPaint = performance.now(); }); }
        }).observe(document, { childList: true, subtree: true });
      }, sel);
      await p2.goto(`${base}?view=${view}`);
      const t = await p2.waitForFunction(() => window.__firstPaint, null, { timeout: 30000 }).then((h) => h.jsonValue()).catch(() => NaN);
      m[view].push(t);
      // The map's time control: one step, input to painted (as the filter click above).
      if (view === 'map' && Number.isFinite(t)) m.mapStep.push(await p2.evaluate(inPage.mapStep));
      await p2.close();
    }
    await context.close();
  }
  console.error(`[bench] run ${r + 1} of ${runs} measured`);
}
for (const { server } of bundles) server.kill();
const rows = bundles.map(({ name, m }) => [name, m]);
await browser.close();

const metrics = [
  ['transfer (KB brotli)', 'transfer'], ['dataset parse (ms)', 'parse'], ['first card painted (ms)', 'firstCard'], ['app ready: drawn by the wasm (ms)', 'ready'],
  ['search keystroke to painted, right after the first paint (ms)', 'keystrokeEarly'],
  ['search keystroke to painted (ms)', 'keystrokeWork'], ['search keystroke to next frame callback (ms)', 'keystroke'],
  ['first filter click to painted (ms)', 'filterFirst'], ['filter click to painted (ms)', 'filterWork'], ['filter click to next frame callback (ms)', 'filter'],
  ['actors first paint (ms)', 'actors'], ['narratives first paint (ms)', 'narratives'],
  ['map first paint, its module and boundaries fetched (ms)', 'map'], ['map time-control step to painted (ms)', 'mapStep'], ['JS heap + wasm memory (MB)', 'memory'],
];
const fmt = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const cell = (xs) => (!xs.length ? 'n/a' : xs.length === 1 ? fmt(xs[0]) : `${fmt(median(xs))} / ${fmt(Math.min(...xs))} / ${fmt(Math.max(...xs))}`);
printTable(`Benchmark: ${runs} runs per bundle, in turns, headless Chromium, ${new Date().toISOString().slice(0, 10)}`, 'metric',
  rows.map(([n]) => `${n} (median / min / max)`), metrics.map(([label, key]) => [label, rows.map(([, m]) => cell(m[key].filter(Number.isFinite)))]));
