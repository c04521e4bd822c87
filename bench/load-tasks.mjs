// The tasks of a cold load, as Lighthouse's mobile run sees them: a 412×823 page,
// traced, the CPU slowed by CDP (`--cpu 4`, the default: real, not simulated, and on a
// 2-core VM very noisy) or not (`--cpu 1`: Lighthouse's simulation multiplies what it
// measures by 4, so the last column does too). For each task over MIN_TASK_MS (50) on
// the renderer's main thread: its start, length, the app's marks inside it
// (`briefing:*`, one `briefing:step` per start-up step) and its three largest self
// times by trace event (wasm.CompileLazy and wasm.CompileBaseline are V8 compiling the
// wasm's functions on their first call). Then, per build, the medians: blocking time,
// the blocking time after the first contentful paint, the longest task.
// Usage: node bench/load-tasks.mjs [--runs 5] [--width 412] [--cpu 4] DIR...
//        MIN_TASK_MS=5 lists shorter tasks too; SAVE_TRACE=/tmp/t keeps /tmp/t-N.json.
import { chromium } from '../e2e/node_modules/playwright/index.mjs';
import { benchArgs, median, selfTimes, serve } from './common.mjs';

const { runs, names: dirs } = benchArgs(5);
const opt = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : fallback; };
const width = opt('--width', 412);
const cpu = opt('--cpu', 4);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
let port = 4470;
const summary = [];
for (const dir of dirs.filter((d) => !/^\d+$/.test(d))) {
  const server = await serve(dir, ++port);
  const [tbts, sims, longs] = [[], [], []];
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({ viewport: { width, height: 823 }, deviceScaleFactor: 1.75, isMobile: width < 900 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'toplevel', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed'] });
    await page.goto(`http://127.0.0.1:${port}/briefing/`);
    await page.waitForFunction(() => performance.getEntriesByName('briefing:mounted').length > 0, null, { timeout: 60_000 });
    await page.waitForTimeout(500);
    const raw = String(await browser.stopTracing());
    if (process.env.SAVE_TRACE) (await import('node:fs')).writeFileSync(`${process.env.SAVE_TRACE}-${r + 1}.json`, raw);
    const events = JSON.parse(raw).traceEvents;
    await context.close();
    const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser');
    const marks = events.filter((e) => e.cat?.includes('blink.user_timing') && e.name.startsWith('briefing:'));
    const anyMark = marks[0];
    const main = events.filter((e) => anyMark && e.pid === anyMark.pid && e.tid === anyMark.tid);
    const t0 = (events.find((e) => e.name === 'navigationStart' && e.pid === anyMark?.pid) || nav).ts;
    // Outermost tasks only (Chromium nests ThreadControllerImpl::RunTask in RunTask).
    const all = main.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const outer = [];
    for (const e of all) if (!outer.length || e.ts >= outer[outer.length - 1].ts + outer[outer.length - 1].dur) outer.push(e);
    const tasks = outer.filter((e) => e.dur > (Number(process.env.MIN_TASK_MS) || 50) * 1000);
    let tbt = 0;
    console.log(`\n${dir}, run ${r + 1}, ${width} px, ${cpu}× CPU`);
    for (const t of tasks) {
      tbt += Math.max(0, t.dur - 50_000) / 1000;
      const inside = main.filter((e) => e.ph === 'X' && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e !== t);
      const top = Object.entries(selfTimes(inside, t.ts, t.ts + t.dur)).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n, v]) => `${n} ${(v / 1000).toFixed(0)}`);
      const m = marks.filter((e) => e.ts >= t.ts && e.ts <= t.ts + t.dur).map((e) => `${e.name.replace('briefing:', '')} @${((e.ts - t.ts) / 1000).toFixed(0)}`);
      console.log(`  ${((t.ts - t0) / 1000).toFixed(0).padStart(6)} ms +${(t.dur / 1000).toFixed(0).padStart(4)}  [${m.join(', ')}]  ${top.join(', ')}`);
    }
    // As Lighthouse's simulation counts it: each task after the first contentful paint,
    // its measured time times the CPU slowdown, past 50 ms (`--cpu 1` then ×4).
    const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === anyMark?.pid);
    const after = outer.filter((t) => !fcp || t.ts >= fcp.ts);
    const scale = cpu === 1 ? 4 : 1;
    const simulated = after.reduce((a, t) => a + Math.max(0, (scale * t.dur) / 1000 - 50), 0);
    const longest = Math.max(...after.map((t) => t.dur / 1000));
    console.log(`  blocking time ${tbt.toFixed(0)} ms; after the first contentful paint, ×${scale}: ${simulated.toFixed(0)} ms, longest task ${longest.toFixed(0)} ms (measured)`);
    tbts.push(tbt);
    sims.push(simulated);
    longs.push(longest);
  }
  const stat = (xs) => `median ${median(xs).toFixed(0)}, min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}`;
  summary.push(`${dir} (${runs} loads, ${width} px, ${cpu}× CPU): blocking time ${stat(tbts)} ms; after FCP ×${cpu === 1 ? 4 : 1} ${stat(sims)} ms; longest task ${stat(longs)} ms`);
  server.kill();
}
await browser.close();
console.log(`\n${summary.join('\n')}`);
