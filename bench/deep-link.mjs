// A deep link to a view of the views module (Actors, Narratives, Map), cold, in headless
// Chromium: when the app's wasm (or the deep-link build's, deep/, which a page opening on
// Actors, Narratives or Sources loads instead) and the module's wasm were asked for and arrived, and
// when the view was first painted; on localhost and on a phone-like network (150 ms round
// trip, 1.6 Mbit/s down, as bench/first-card.mjs).
//
//   node bench/deep-link.mjs [--runs N] [--view=actors] [--local] NAME...   (bench/out/dist-NAME)
//
// Prints the median of N cold loads (a new browser context each) per bundle and network.
import { chromium } from '../e2e/node_modules/playwright/index.mjs';
import { benchArgs, median, networks, pageOn, printTable, serveBundles } from './common.mjs';

const { runs, names, flags } = benchArgs(5);
const view = (flags.find((f) => f.startsWith('--view=')) || '--view=actors').slice(7);
const drawn = { actors: '[data-actor-id]', narratives: '[data-topic-id]', map: 'svg.map-svg g.place', sources: '[data-testid="export-csv"]' }[view];
if (!drawn) throw new Error(`deep-link: no such module view: ${view}`);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const bundles = await serveBundles(names, 4420);
const keys = ['appWasmStart', 'appWasmEnd', 'moduleWasmStart', 'moduleWasmEnd', 'appParseEnd', 'painted'];
const results = new Map();
// In turns (run 1 of each, then run 2 ...), as bench/run.mjs.
for (let r = 0; r < runs; r++) {
  // --local: localhost only (the phone-like network's runs take 27 s each at 10k events).
  for (const net of flags.includes('--local') ? networks.slice(0, 1) : networks) {
    for (const b of bundles) {
      const { context, page } = await pageOn(browser, net);
      await page.addInitScript((sel) => {
        new MutationObserver((_, obs) => {
          if (document.querySelector(sel)) { obs.disconnect(); requestAnimationFrame(() => { window.__painted = performance.now(); }); }
        }).observe(document, { childList: true, subtree: true });
      }, drawn);
      await page.goto(`${b.base}?view=${view}`);
      await page.waitForFunction(() => window.__painted, null, { timeout: 60000 });
      const t = await page.evaluate(() => {
        const res = performance.getEntriesByType('resource');
        // The app's wasm, or the deep-link build's (deep/) where the page loads that instead.
        const app = res.find((e) => /\/(deep\/briefing-deep|briefing)-[0-9a-f]+_bg\.wasm$/.test(e.name));
        const mod = res.find((e) => /\/views\/briefing-views-[0-9a-f]+_bg\.wasm$/.test(e.name));
        return {
          appWasmStart: app?.startTime, appWasmEnd: app?.responseEnd, moduleWasmStart: mod?.startTime, moduleWasmEnd: mod?.responseEnd,
          appParseEnd: performance.getEntriesByName('briefing:parse-end')[0]?.startTime, painted: window.__painted,
        };
      });
      const key = `${b.name} ${net.name}`;
      if (!results.has(key)) results.set(key, Object.fromEntries(keys.map((k) => [k, []])));
      for (const k of keys) if (Number.isFinite(t[k])) results.get(key)[k].push(t[k]);
      await context.close();
    }
  }
  console.error(`[deep-link] run ${r + 1} of ${runs} measured`);
}
for (const { server } of bundles) server.kill();
await browser.close();
const cell = (xs) => (xs.length ? median(xs).toFixed(1) : 'n/a');
printTable(`Deep link ?view=${view}: median of ${runs} cold loads, ms after navigation, headless Chromium, ${new Date().toISOString().slice(0, 10)}`, 'bundle, network',
  ['app wasm asked', 'app wasm in', 'module wasm asked', 'module wasm in', 'app dataset parsed', 'view painted'],
  [...results].map(([key, m]) => [key, keys.map((k) => cell(m[k]))]));
