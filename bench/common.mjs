// What the bench scripts share: their arguments, a static server per bundle, medians.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

/** `--runs N` and the other arguments (bundle names or folders; `--flag`s kept apart). */
export function benchArgs(defaultRuns) {
  const args = process.argv.slice(2);
  const ri = args.indexOf('--runs');
  const runs = ri >= 0 ? Number(args.splice(ri, 2)[1]) : defaultRuns;
  return { runs, names: args.filter((a) => !a.startsWith('--')), flags: args.filter((a) => a.startsWith('--')) };
}

/** Serves a built folder with the real headers (e2e/serve.mjs); resolves once it listens. */
export async function serve(dir, port) {
  const child = spawn('node', [join(root, 'e2e/serve.mjs')], { env: { ...process.env, DIST_DIR: dir, PORT: String(port) }, stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`static server exited (${code}): ${stderr.split('\n')[0]}`)));
  });
  return child;
}

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/** Serves `bench/out/dist-NAME` for each name, on the ports after `firstPort`. */
export async function serveBundles(names, firstPort) {
  const bundles = [];
  let port = firstPort;
  for (const name of names) {
    const dir = join(root, `bench/out/dist-${name}`);
    bundles.push({ name, dir, server: await serve(dir, ++port), base: `http://127.0.0.1:${port}/briefing/` });
  }
  return bundles;
}

/** The networks the load benches compare: localhost, and a phone-like one (per request). */
export const networks = [
  { name: 'localhost', conditions: null },
  { name: '150 ms RTT, 1.6 Mbit/s', conditions: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 } },
];

/** A new 1280×800 page in a new context, on `net` (one of `networks`). */
export async function pageOn(browser, net) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (net.conditions) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', net.conditions);
  }
  return { context, page };
}

/** A new 1280×800 page on the briefing, once the app has taken over and the network is idle. */
export async function openSettled(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForFunction(() => performance.getEntriesByName('briefing:mounted').length > 0);
  await page.waitForLoadState('networkidle');
  return { context, page };
}

/** A Markdown table: a title line, one column per bundle, one row per [label, cells]. */
export function printTable(title, corner, columns, rows) {
  console.log(`\n${title}`);
  console.log(`| ${corner} | ${columns.join(' | ')} |`);
  console.log(`|---|${columns.map(() => '---').join('|')}|`);
  for (const [label, cells] of rows) console.log(`| ${label} | ${cells.join(' | ')} |`);
}

// Self time per event name inside [start, end] (trace microseconds) on one thread.
export function selfTimes(events, start, end) {
  const inside = events.filter((e) => e.ph === 'X' && e.ts >= start && e.ts + (e.dur || 0) <= end).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = {};
  const stack = [];
  for (const e of inside) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    if (stack.length) totals[stack[stack.length - 1].name] = (totals[stack[stack.length - 1].name] || 0) - e.dur;
    totals[e.name] = (totals[e.name] || 0) + e.dur;
    stack.push(e);
  }
  return totals;
}

/** `--search=TEXT`: the text the click benches type in the search box before clicking. */
export const searchFlag = (flags) => (flags.find((f) => f.startsWith('--search=')) || '').slice(9);

/**
 * Runs in the page (`page.evaluate(markedClicks, [n, search])`): with `search` typed in
 * the search box first (if any), `n` clicks on the first "kind" filter box, each
 * between a frame and the task after it, marked `click-start-i` and `click-end-i`.
 */
export async function markedClicks([n, search]) {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const settled = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
  const box = () => document.querySelector('fieldset.facet[data-facet="kind"] input[type="checkbox"]');
  if (search) {
    const input = document.getElementById('timeline-search');
    input.value = search;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 1000));
  }
  for (let i = 0; i < n; i++) {
    await frame();
    performance.mark(`click-start-${i}`);
    box().click();
    await settled();
    performance.mark(`click-end-${i}`);
    await frame();
    await new Promise((r) => setTimeout(r, 50));
  }
}
