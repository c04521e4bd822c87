// What the first filter click on a settled page spends that later clicks do not: V8
// compiling the click path's wasm functions on their first call. For the first click
// and the median of the next 5: total time to the task after its frame, and the
// count and self time of V8's lazy wasm compilation (wasm.CompileLazy and friends).
// Usage: node bench/first-click.mjs [--runs 5] [--search=TEXT] NAME... (bench/out/dist-NAME)
import { chromium } from '../e2e/node_modules/playwright/index.mjs';
import { benchArgs, markedClicks, median, openSettled, printTable, searchFlag, selfTimes, serveBundles } from './common.mjs';

const { runs, names, flags } = benchArgs(5);

const compile = (name) => /compile/i.test(name) && /wasm/i.test(name);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const bundles = (await serveBundles(names, 4600)).map((b) => ({ ...b, first: [], later: [] }));
for (let r = 0; r < runs; r++) {
  for (const b of bundles) {
    const { context, page } = await openSettled(browser, b.base);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed'] });
    await page.evaluate(markedClicks, [6, searchFlag(flags)]);
    const events = JSON.parse(String(await browser.stopTracing())).traceEvents;
    const marks = events.filter((e) => e.cat?.includes('blink.user_timing') && /^click-(start|end)-/.test(e.name));
    const main = events.filter((e) => e.pid === marks[0].pid && e.tid === marks[0].tid);
    for (let i = 0; i < 6; i++) {
      const s = marks.find((e) => e.name === `click-start-${i}`), t = marks.find((e) => e.name === `click-end-${i}`);
      const c = main.filter((e) => e.ts >= s.ts && e.ts <= t.ts && compile(e.name) && e.dur);
      const self = Object.fromEntries(Object.entries(selfTimes(main, s.ts, t.ts)).map(([k, v]) => [k, v / 1000]));
      const restyled = main.filter((e) => e.ts >= s.ts && e.ts <= t.ts && e.name === 'UpdateLayoutTree').reduce((a, e) => a + (e.args?.elementCount || 0), 0);
      const row = { total: (t.ts - s.ts) / 1000, compiles: c.length, compileMs: c.reduce((a, e) => a + e.dur, 0) / 1000, restyled, self };
      (i === 0 ? b.first : b.later).push(row);
    }
    await context.close();
  }
}
await browser.close();
for (const b of bundles) b.server.kill();
const col = (list, k) => median(list.map((x) => x[k])).toFixed(1);
// Where the first click's extra time goes: self time by trace event, first minus later.
const selfOf = (list, n) => median(list.map((x) => x.self[n] || 0));
const extra = new Set(bundles.flatMap((b) => [...b.first, ...b.later].flatMap((x) => Object.keys(x.self))));
const deltas = [...extra].map((n) => [n, bundles.map((b) => selfOf(b.first, n) - selfOf(b.later, n))])
  .filter(([, d]) => d.some((v) => Math.abs(v) >= 0.3)).sort((a, b) => Math.max(...b[1]) - Math.max(...a[1]));
printTable(`First filter click against later ones, medians of ${runs} loads`, 'metric', bundles.map((b) => b.name), [
  ['first click: to the task after its frame (ms)', bundles.map((b) => col(b.first, 'total'))],
  ['first click: wasm functions compiled', bundles.map((b) => col(b.first, 'compiles'))],
  ['first click: compiling them (ms)', bundles.map((b) => col(b.first, 'compileMs'))],
  ['first click: elements restyled', bundles.map((b) => col(b.first, 'restyled'))],
  ['later clicks: elements restyled', bundles.map((b) => col(b.later, 'restyled'))],
  ['later clicks: to the task after their frame (ms)', bundles.map((b) => col(b.later, 'total'))],
  ['later clicks: wasm functions compiled', bundles.map((b) => col(b.later, 'compiles'))],
]);
printTable('The first click\'s extra self time by trace event (first minus the later median, ms; 0.3 ms and over)', 'event', bundles.map((b) => b.name),
  deltas.map(([n, d]) => [n, d.map((v) => v.toFixed(1))]));
