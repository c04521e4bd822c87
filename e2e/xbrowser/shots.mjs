// Screenshots of every view in Chromium, Firefox and WebKitGTK, at 1280×800 and
// 390×844, light and dark, for a person to look at (not a test):
//
//   node xbrowser/shots.mjs [OUT_DIR] [--engines chromium,firefox,webkit] [--views timeline,actors,...]
//
// Writes OUT_DIR/<engine>-<size>-<scheme>-<view>.png (default xbrowser/shots/).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { launchFirefox } from './lib/firefox.mjs';
import { launchWebKit } from './lib/webkit.mjs';
import { serve, sleep, xvfb } from './lib/util.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1].split(',') : dflt; };
const engines = opt('--engines', ['chromium', 'firefox', 'webkit']);
const views = opt('--views', ['timeline', 'actors', 'narratives', 'sources', 'fallback']);
const out = args[0] || new URL('./shots', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const dist = process.env.DIST_DIR || new URL('../../dist', import.meta.url).pathname;
const sizes = [{ name: 'desktop', width: 1280, height: 800 }, { name: 'phone', width: 390, height: 844 }];
const queries = { timeline: '', actors: '?view=actors&sel=ttp', narratives: '?view=narratives', sources: '?view=sources', expanded: '?open=ev-nov24-strikes' };

async function launchChromium() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  return {
    name: 'chromium',
    async goto(url) { await page.goto(url); },
    eval: (fn, ...a) => page.evaluate(fn, ...a),
    async setSize(width, height) { await page.setViewportSize({ width, height }); },
    async screenshot(path) { await page.screenshot({ path }); },
    async close() { await browser.close(); },
  };
}

const server = await serve(dist);
const display = engines.includes('webkit') ? await xvfb() : null;
try {
  for (const engine of engines) {
    const b = engine === 'chromium' ? await launchChromium()
      : engine === 'firefox' ? await launchFirefox() : await launchWebKit({ display: display.display });
    for (const size of sizes) {
      await b.setSize(size.width, size.height);
      for (const scheme of ['light', 'dark']) {
        await b.goto(server.url);
        await b.eval((s) => localStorage.setItem('theme', s), scheme);
        for (const view of views) {
          if (view === 'fallback') {
            // The page a browser without WebAssembly gets, as loader.js shows it: the
            // served index.html without its loader, with the loader's .no-app.
            await b.goto(server.url);
            // Once the app has started, so it can't draw into the page replaced below.
            for (let i = 0; i < 150 && !(await b.eval(() => !!document.querySelector('main#main'))); i++) await sleep(100);
            await b.eval(async () => {
              const html = await (await fetch(location.pathname)).text();
              const doc = new DOMParser().parseFromString(html.replace(/<script[^>]*loader\.js[^>]*><\/script>/, ''), 'text/html');
              document.replaceChild(document.importNode(doc.documentElement, true), document.documentElement);
              document.documentElement.classList.add('no-app');
              const theme = localStorage.getItem('theme');
              if (theme) document.documentElement.setAttribute('data-theme', theme);
              document.getElementById('fallback-reason').textContent = 'WebAssembly is turned off or missing in this browser. iOS and iPadOS Lockdown Mode turn it off, as do some managed workplace browsers.';
              await new Promise((r) => setTimeout(r, 300));
            });
          } else {
            await b.goto(server.url + queries[view]);
          }
          const end = Date.now() + 15_000;
          while (Date.now() < end && !(await b.eval(() => !!document.querySelector('main#main, #fallback-notice')))) await sleep(100);
          await sleep(600);
          const file = join(out, `${engine}-${size.name}-${scheme}-${view}.png`);
          await b.screenshot(file);
          console.log(file);
        }
      }
      await b.eval(() => localStorage.removeItem('theme'));
    }
    await b.close();
  }
} finally {
  server.close();
  display?.close();
}
