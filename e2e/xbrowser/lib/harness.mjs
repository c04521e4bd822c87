// A small test runner for the cross-browser suites: named tests over a browser
// adapter (lib/firefox.mjs, lib/webkit.mjs), run at each size, each failing on
// a thrown check or on anything the browser's console reported as an error.
import { sleep } from './util.mjs';

export class CheckError extends Error {}

export function check(ok, message) {
  if (!ok) throw new CheckError(message);
}

/** Polls fn in the page until it returns a truthy value; returns that value. */
export async function waitFor(b, fn, args = [], message = 'condition', timeout = 10_000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await b.eval(fn, ...args);
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new CheckError(`timed out waiting for ${message}${last instanceof Error ? ` (${last.message})` : ''}`);
    await sleep(50);
  }
}

const TEST_TIMEOUT = 45_000;

/** Runs tests (each { name, sizes?, browsers?, fn }) in one browser; returns counts. */
export async function runSuite(b, tests, { sizes, base, grep, log = console.log }) {
  let passed = 0, failed = 0;
  const failures = [];
  for (const size of sizes) {
    await b.setSize(size.width, size.height);
    for (const t of tests) {
      if (t.browsers && !t.browsers.includes(b.name)) continue;
      if (t.sizes && !t.sizes.includes(size.name)) continue;
      const title = `${b.name} ${size.name} › ${t.name}`;
      if (grep && !title.includes(grep)) continue;
      const started = Date.now();
      b.takeErrors();
      let error = null;
      let timer;
      try {
        await Promise.race([
          t.fn(b, { base, size }),
          new Promise((_, reject) => { timer = setTimeout(() => reject(new CheckError(`test timed out after ${TEST_TIMEOUT / 1000} s`)), TEST_TIMEOUT); }),
        ]);
        // Late console output (a rejected promise, a deferred warning) belongs to this test.
        await sleep(150);
        const errors = b.takeErrors();
        if (errors.length) error = new CheckError(`console errors:\n        ${errors.join('\n        ')}`);
      } catch (e) {
        error = e;
        const errors = b.takeErrors();
        if (errors.length) error.message += `\n      console:\n        ${errors.join('\n        ')}`;
      } finally {
        clearTimeout(timer);
      }
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      if (error) {
        failed++;
        failures.push(title);
        log(`  \u2717 ${title} (${secs} s)\n      ${error instanceof CheckError ? error.message : error.stack}`);
        // Leave the page in a known state for the next test.
        try { await b.goto(base); } catch { /* the next test navigates anyway */ }
      } else {
        passed++;
        log(`  \u2713 ${title} (${secs} s)`);
      }
    }
  }
  return { passed, failed, failures };
}
