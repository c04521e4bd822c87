// The first frame of a filter click, phase by phase, from a Chrome trace: for each of
// 11 settled clicks (after one that compiles the click path), the renderer main
// thread's events between the click and the task after its frame, grouped by name
// (self time, so nested events are not counted twice). Medians per click, in ms.
// Usage: node bench/click-trace.mjs [--runs 3] [--search=TEXT] NAME... (bench/out/dist-NAME)
import { chromium } from '../e2e/node_modules/playwright/index.mjs';
import { benchArgs, markedClicks, median, openSettled, printTable, searchFlag, selfTimes, serveBundles } from './common.mjs';

const { runs, names, flags } = benchArgs(3);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const bundles = (await serveBundles(names, 4500)).map((b) => ({ ...b, clicks: [] }));
for (let r = 0; r < runs; r++) {
  for (const b of bundles) {
    const { context, page } = await openSettled(browser, b.base);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'] });
    await page.evaluate(markedClicks, [12, searchFlag(flags)]);
    const trace = JSON.parse(String(await browser.stopTracing()));
    const events = trace.traceEvents;
    const marks = events.filter((e) => e.cat && e.cat.includes('blink.user_timing') && /^click-(start|end)-/.test(e.name));
    const main = marks[0] && events.filter((e) => e.pid === marks[0].pid && e.tid === marks[0].tid);
    for (let i = 1; i < 12; i++) {
      const s = marks.find((e) => e.name === `click-start-${i}`), t = marks.find((e) => e.name === `click-end-${i}`);
      if (!s || !t) continue;
      const within = main.filter((e) => e.ts >= s.ts && e.ts <= t.ts);
      // Counts, which do not depend on the machine's speed: elements restyled, layout
      // objects dirty and in all.
      const sum = (name, f) => within.filter((e) => e.name === name).reduce((a, e) => a + (f(e) || 0), 0);
      b.clicks.push({
        total: (t.ts - s.ts) / 1000,
        ...Object.fromEntries(Object.entries(selfTimes(main, s.ts, t.ts)).map(([k, v]) => [k, v / 1000])),
        '#elements restyled': sum('UpdateLayoutTree', (e) => e.args?.elementCount),
        '#layout objects dirty': sum('Layout', (e) => e.args?.beginData?.dirtyObjects),
        '#layout objects total': sum('Layout', (e) => e.args?.beginData?.totalObjects),
        '#layouts': within.filter((e) => e.name === 'Layout').length,
      });
    }
    await context.close();
  }
}
await browser.close();
for (const b of bundles) b.server.kill();
// Counts (named '#…') always, trace events from 0.1 ms; the longest first.
const eventNames = new Set(bundles.flatMap((b) => b.clicks.flatMap((c) => Object.keys(c))));
const rows = [...eventNames].map((n) => [n, bundles.map((b) => median(b.clicks.map((c) => c[n] || 0)))])
  .filter(([n, v]) => n.startsWith('#') || v.some((x) => x >= 0.1))
  .sort((a, b) => Number(b[0].startsWith('#')) - Number(a[0].startsWith('#')) || b[1][0] - a[1][0]);
printTable(`A filter click's first frame, self time by trace event (median of ${runs}x11 clicks, ms)`, 'event', bundles.map((b) => b.name),
  rows.map(([n, v]) => [n, v.map((x) => (n.startsWith('#') ? String(x) : x.toFixed(2)))]));
