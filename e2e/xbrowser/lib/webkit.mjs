// WebKitGTK (Safari's engine) through WebKitWebDriver, with plain W3C WebDriver
// HTTP calls (no client library). The browser is lib/webkit-host.py, a bare
// WebKitGTK window, under Xvfb. Its console (errors, uncaught exceptions, CSP
// violations, WebKit's own warnings) arrives on the driver's output, one
// "CONSOLE <source> <level> <text>" line each.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, sleep } from './util.mjs';

const host = new URL('./webkit-host.py', import.meta.url).pathname;
const KEYS = { Enter: '\uE007', Escape: '\uE00C', Tab: '\uE004', Backspace: '\uE003' };
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export async function launchWebKit({ dark = false, display } = {}) {
  const port = await freePort();
  const downloads = mkdtempSync(join(tmpdir(), 'xb-webkit-dl-'));
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display || process.env.DISPLAY },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = [];
  let partial = '';
  const onData = (d) => {
    const text = partial + d;
    const parts = text.split('\n');
    partial = parts.pop();
    for (const l of parts) if (l.trim()) lines.push(l);
  };
  driver.stdout.on('data', onData);
  driver.stderr.on('data', onData);
  const base = `http://127.0.0.1:${port}`;
  async function call(method, path, body) {
    const r = await fetch(base + path, {
      method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined,
    });
    const j = await r.json();
    if (j.value && j.value.error) throw new Error(`WebDriver ${method} ${path}: ${j.value.error}: ${j.value.message}`);
    return j.value;
  }
  // The driver listens a moment after it starts.
  for (let i = 0; ; i++) {
    try { await call('GET', '/status'); break; } catch (e) { if (i > 50) throw e; await sleep(100); }
  }
  const session = await call('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        'webkitgtk:browserOptions': {
          binary: host,
          args: ['--automation', `--downloads=${downloads}`, ...(dark ? ['--dark'] : [])],
          useOverlayScrollbars: true,
        },
      },
    },
  });
  const S = (p) => `/session/${session.sessionId}${p}`;
  const version = session.capabilities.browserVersion;
  const find = async (selector) => {
    const v = await call('POST', S('/element'), { using: 'css selector', value: selector });
    if (!v || !v[ELEMENT]) throw new Error(`no element ${selector}: ${JSON.stringify(v)}`);
    return v[ELEMENT];
  };
  // Finding an element waits for it up to 5 s, as Puppeteer's click does.
  await call('POST', S('/timeouts'), { implicit: 5000 });
  const exec = (fn, args) =>
    call('POST', S('/execute/sync'), { script: `return (${fn}).apply(null, arguments);`, args });
  let mark = 0;
  return {
    name: 'webkit',
    label: `WebKitGTK ${version}`,
    downloads,
    async goto(url) { await call('POST', S('/url'), { url }); },
    eval: (fn, ...args) => exec(fn.toString(), args),
    // WebKitWebDriver 2.50 does not scroll an element below the fold into view before an
    // element click (the spec says it must) and answers "element not interactable", so
    // the adapter scrolls it first, as a reader would.
    async click(selector) {
      const id = await find(selector);
      await call('POST', S('/execute/sync'), { script: 'arguments[0].scrollIntoView({ block: "center" });', args: [{ [ELEMENT]: id }] });
      await call('POST', S(`/element/${id}/click`), {});
    },
    // WebKitWebDriver refuses an element click on an SVG <g>; a pointer click at its centre works.
    async clickAt(selector) {
      const r = await exec(((sel) => {
        const e = document.querySelector(sel);
        e.scrollIntoView({ block: 'center', inline: 'center' });
        const b = e.getBoundingClientRect();
        return { x: Math.round(b.left + b.width / 2), y: Math.round(b.top + b.height / 2) };
      }).toString(), [selector]);
      await call('POST', S('/actions'), {
        actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
          { type: 'pointerMove', origin: 'viewport', x: r.x, y: r.y, duration: 0 },
          { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }],
      });
      await call('DELETE', S('/actions'));
    },
    async type(selector, text) { await call('POST', S(`/element/${await find(selector)}/value`), { text }); },
    async press(key) {
      const value = KEYS[key] || key;
      await call('POST', S('/actions'), {
        actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
      });
      await call('DELETE', S('/actions'));
    },
    async back() { await call('POST', S('/back'), {}); },
    async reload() { await call('POST', S('/refresh'), {}); },
    async url() { return call('GET', S('/url')); },
    async setSize(width, height) { await call('POST', S('/window/rect'), { width, height }); },
    async screenshot(path) {
      const png = Buffer.from(await call('GET', S('/screenshot')), 'base64');
      if (path) writeFileSync(path, png);
      return png;
    },
    /** Console errors, uncaught exceptions and CSP violations since the last call;
     * WebKit's warning about an unused preload counts as an error too (defect D1). */
    takeErrors() {
      const fresh = lines.slice(mark);
      mark = lines.length;
      return fresh.filter((l) => /CONSOLE \S+ ERROR|CONSOLE ERROR|preloaded using link preload but not used/.test(l))
        .map((l) => l.replace(/^.*?CONSOLE /, 'CONSOLE '));
    },
    takeWarnings() {
      return lines.slice(0).filter((l) => /CONSOLE \S+ WARN|CONSOLE WARN/.test(l));
    },
    async close() {
      try { await call('DELETE', S('')); } catch { /* already gone */ }
      driver.kill();
    },
  };
}
