// The cross-browser suites: the reader's main flows (flows.mjs) in Firefox ESR
// (puppeteer-core over WebDriver BiDi) and WebKitGTK (WebKitWebDriver under
// Xvfb), at 1280×800 and 390×844, against a built dist/ served under /briefing/
// with the real CSP. Each browser prints its own "N passed, M failed".
//
//   node xbrowser/run.mjs [firefox] [webkit] [--grep TEXT] [--json FILE]
//
// DIST_DIR picks the build (default ../dist). Exit code 1 when any test fails.
import { writeFileSync } from 'node:fs';
import { tests } from './flows.mjs';
import { runSuite } from './lib/harness.mjs';
import { serve, xvfb } from './lib/util.mjs';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const grep = opt('--grep');
const jsonOut = opt('--json');
const browsers = args.length ? args : ['firefox', 'webkit'];
const dist = process.env.DIST_DIR || new URL('../../dist', import.meta.url).pathname;
const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

const server = await serve(dist);
const results = {};
let display;
try {
  for (const name of browsers) {
    const started = Date.now();
    let b;
    let counts;
    try {
      if (name === 'firefox') {
        const { launchFirefox } = await import('./lib/firefox.mjs');
        b = await launchFirefox();
      } else if (name === 'webkit') {
        const { launchWebKit } = await import('./lib/webkit.mjs');
        display ??= await xvfb();
        b = await launchWebKit({ display: display.display });
      } else {
        throw new Error(`unknown browser ${name} (firefox or webkit)`);
      }
      console.log(`\n== ${b.label} (${name === 'firefox' ? 'puppeteer-core over WebDriver BiDi' : 'WebKitWebDriver under Xvfb'})`);
      counts = await runSuite(b, tests, { sizes, base: server.url, grep });
    } catch (e) {
      console.log(`  \u2717 ${name}: the browser could not be driven: ${e.stack || e}`);
      counts = { passed: 0, failed: 1, failures: [`${name}: launch`] };
    } finally {
      if (b) await b.close().catch(() => {});
    }
    const seconds = (Date.now() - started) / 1000;
    results[name] = { ...counts, seconds };
    console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed (${seconds.toFixed(1)} s)`);
  }
} finally {
  server.close();
  display?.close();
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results));
process.exit(Object.values(results).some((r) => r.failed) ? 1 : 0);
