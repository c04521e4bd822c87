// Where a filter click's time goes, per bundle: the DOM changes it makes (counted by a
// MutationObserver: deterministic, so two builds compare exactly) and Chromium's own
// per-phase totals (CDP Performance.getMetrics: script, style, layout), over the same
// 11 settled clicks as bench/run.mjs, in turns across bundles.
// Usage: node bench/click-breakdown.mjs [--runs 5] NAME... (bench/out/dist-NAME)
import { chromium } from '../e2e/node_modules/playwright/index.mjs';
import { benchArgs, median, openSettled, printTable, serveBundles } from './common.mjs';

const { runs, names } = benchArgs(5);

// In the page: 12 clicks on the first Kind box, the first left out (it compiles the
// click path). Returns the mutation counts of the other 11.
async function clicks() {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const settled = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
  const box = () => document.querySelector('fieldset.facet[data-facet="kind"] input[type="checkbox"]');
  const count = { added: 0, removed: 0, attributes: 0, text: 0, 'added in the frame': 0, 'attributes in the frame': 0 };
  const obs = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList') { count.added += r.addedNodes.length; count.removed += r.removedNodes.length; }
      else if (r.type === 'attributes') count.attributes++;
      else count.text++;
    }
  });
  for (let i = 0; i < 12; i++) {
    await frame();
    const at = { added: count.added, attributes: count.attributes };
    if (i === 1) obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    box().click();
    await settled();
    // What the click changed before its frame was painted.
    // (The observer's callback is a microtask: it has run by now.)
    count['added in the frame'] += count.added - at.added;
    count['attributes in the frame'] += count.attributes - at.attributes;
    await frame();
    // Let the after-paint tasks (the rest of the page, hrefs, history) run: they are
    // counted too, as the same click's work.
    await new Promise((r) => setTimeout(r, 50));
  }
  obs.disconnect();
  return { ...count, elements: document.getElementsByTagName('*').length };
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const bundles = (await serveBundles(names, 4400)).map((b) => ({ ...b, rows: [] }));
const keys = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration', 'RecalcStyleCount', 'LayoutCount'];
for (let r = 0; r < runs; r++) {
  for (const b of bundles) {
    const { context, page } = await openSettled(browser, b.base);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await metrics();
    const dom = await page.evaluate(clicks);
    const after = await metrics();
    // Per click: ms for durations (CDP gives seconds), counts as they are; the first
    // click is inside the CDP window, so the durations cover 12 clicks.
    const per = Object.fromEntries(keys.map((k) => [k, (after[k] - before[k]) / 12 * (k.endsWith('Duration') ? 1000 : 1)]));
    b.rows.push({ ...per, ...Object.fromEntries(Object.entries(dom).map(([k, v]) => [k, k === 'elements' ? v : v / 11])) });
    await context.close();
  }
}
await browser.close();
for (const b of bundles) b.server.kill();
const cols = [...keys, 'added', 'removed', 'attributes', 'text', 'added in the frame', 'attributes in the frame', 'elements'];
printTable(`Filter click breakdown: ${runs} runs per bundle, in turns; per click (medians); durations in ms, Chromium's own totals`, 'per click',
  bundles.map((b) => b.name), cols.map((k) => [k, bundles.map((b) => median(b.rows.map((x) => x[k])).toFixed(k.endsWith('Duration') ? 2 : 1))]));
