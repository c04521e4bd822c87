// First card painted, in headless Chromium, for one or more builds side by side:
// unthrottled on localhost, and with a phone-like network (150 ms round trip,
// 1.6 Mbit/s down: Chromium's network emulation, per request). Used to weigh the
// loader change of defect D1 (no wasm preload, the loader fetches the wasm first).
//
//   node bench/first-card.mjs [--runs N] DIST_DIR...
//
// Prints the median, min and max of N cold loads (a new browser context each) per build:
// the first card painted (from the HTML, where the build has a static first screen) and
// the app ready (the wasm has drawn: the `briefing:mounted` mark).
import { chromium } from '../e2e/node_modules/playwright/index.mjs';
import { benchArgs, median, networks, pageOn, serve } from './common.mjs';

const { runs, names: dirs } = benchArgs(9);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const results = [];
let port = 4390;
for (const dir of dirs) {
  const server = await serve(dir, ++port);
  for (const net of networks) {
    const times = [];
    const ready = [];
    for (let r = 0; r < runs; r++) {
      const { context, page } = await pageOn(browser, net);
      await page.addInitScript(() => {
        new MutationObserver((_, obs) => {
          if (document.querySelector('article.card')) {
            obs.disconnect();
            requestAnimationFrame(() => { window.__firstCard = performance.now(); });
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`http://127.0.0.1:${port}/briefing/`);
      times.push(await page.waitForFunction(() => window.__firstCard, null, { timeout: 60_000 }).then((h) => h.jsonValue()));
      // And when the app is ready: the wasm has drawn (and taken over a static first screen).
      ready.push(await page.waitForFunction(() => performance.getEntriesByName('briefing:mounted')[0]?.startTime, null, { timeout: 60_000 }).then((h) => h.jsonValue()));
      await context.close();
    }
    results.push({ dir, net: net.name, times, ready });
  }
  server.kill();
}
await browser.close();
console.log(`first card painted, and app ready (ms), ${runs} cold loads each, headless Chromium`);
const stats = (xs) => `median ${median(xs).toFixed(1).padStart(7)}  min ${Math.min(...xs).toFixed(1).padStart(7)}  max ${Math.max(...xs).toFixed(1).padStart(7)}`;
for (const r of results) {
  console.log(`${r.dir.padEnd(28)} ${r.net.padEnd(24)} first card ${stats(r.times)}   ready ${stats(r.ready)}`);
}
