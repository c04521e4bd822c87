// The briefing's loader, written to dist/loader.js by scripts/external-loader.mjs
// from this template and the two file names in Trunk's inline loader.
//
// 1. Checks that this browser can run the app. If it can't, it shows the notice
//    (#fallback-notice in index.html) with what is missing above the static first
//    screen, even for a deep link, and stops.
// 2. Once the first screen is painted (`firstPaint`; at once for a deep link, which
//    shows only the skeleton), fetches the wasm (mode no-cors,
//    credentials include: a same-origin no-cors response is a normal, readable one;
//    the wasm must stay on the page's origin, dist/ is deployed as one folder); then
//    imports the JS glue (modulepreloaded) and starts the app with that response.
//    The page has no preload of the wasm (scripts/external-loader.mjs removes
//    Trunk's): WebKit never matched a preload to this fetch's request mode, loaded
//    the wasm twice and warned about the unused preload on every load (D1).
//    For a deep link to a view of the views module (Map, Actors, Narratives, Sources),
//    also starts that module's fetch beside the app's (`viewsModuleEarly`).
// 3. Once the app has started (it has taken over the first screen), removes the notice.
// 4. Then, once the app is drawn and the reader has paused (`appSettled`), in a release
//    build of the full briefing, imports offline.js (the service worker's registration
//    and notices); OFFLINE is set by scripts/service-worker.mjs, '' under trunk serve,
//    in the embed and with BRIEFING_OFFLINE=0.
//
// A browser without top-level await (Chrome 88, Firefox 88, Safari 14 and older) can't
// parse this file at all; the notice stays visible there because those browsers
// don't know the `scripting` media feature either (see public/style.css).
const root = document.documentElement;
const OFFLINE = '__OFFLINE__';

const OLD = 'This browser is older than the briefing needs: it runs in Chrome or Edge 104, Firefox 102, ' +
  'Safari 16.4 (iOS 16.4) or any later version.';
const NEEDS = [
  // WebAssembly missing or turned off (iOS Lockdown Mode, some managed browsers).
  () => (typeof WebAssembly === 'object' && typeof WebAssembly.instantiateStreaming === 'function') ||
    'WebAssembly is turned off or missing in this browser. iOS and iPadOS Lockdown Mode turn it off, ' +
    'as do some managed workplace browsers.',
  // The page's Content-Security-Policy allows wasm through 'wasm-unsafe-eval' only;
  // a browser that predates it (Chrome 96, Firefox 101, Safari 15) refuses to compile.
  () => {
    try {
      new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
      return true;
    } catch {
      return OLD;
    }
  },
  // Range media queries, (width <= 640px), lay out phones (Safari 16.3 and older lack them).
  () => matchMedia('(width >= 0px)').matches || OLD,
];

function showFallback(reason) {
  root.classList.remove('app-loading', 'deep-link');
  root.classList.add('no-app');
  document.getElementById('skeleton')?.remove();
  const text = document.getElementById('fallback-reason');
  if (text) text.textContent = reason;
}

// The wasm is asked for once the first screen is on screen, not preloaded: its 180 KB
// and their compilation then never compete with the HTML and CSS of that paint, and
// Lighthouse no longer counts its download into the largest contentful paint (2.1 s
// with a preload when served at once, as a CDN does; 1.2 s without). Waits for the
// paint's presentation (a frame callback comes before it), at most 3 s: the cap is
// only for a browser that never reports the paint. It was 1 s, and on a loaded 2-core VM
// the first paint came at 1.2 s: the wasm was asked for before it, and Lighthouse's LCP
// went 1.2 -> 2.3-2.5 s (3 of 4 runs). A hidden tab paints nothing, so it does not wait.
function firstPaint() {
  return new Promise((resolve) => {
    const types = (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes) || [];
    if (document.visibilityState !== 'visible') return resolve();
    if (!types.includes('paint')) return requestAnimationFrame(() => setTimeout(resolve, 0));
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) done();
    });
    const done = () => {
      observer.disconnect();
      resolve();
    };
    observer.observe({ type: 'paint', buffered: true });
    setTimeout(done, 3000);
  });
}

// Offline use is set up once the app has drawn everything (its `briefing:mounted` mark),
// the page is idle and the reader has paused: the worker's install fetches every file
// of the build, and on this 2-core VM a keystroke typed during it took longer to paint
// (bench, 9 runs, search keystroke right after the app was ready: 20.3 against 15.8 ms
// on the real dataset, 21.7 against 12.2 ms at 10,000 events, with the worker left out).
// So it starts after QUIET ms without a key, an input, a pointer press or a wheel turn.
const QUIET = 2000;
function appSettled() {
  const mounted = new Promise((resolve) => {
    if (typeof PerformanceObserver !== 'function' || performance.getEntriesByName('briefing:mounted').length) return resolve();
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('briefing:mounted').length) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'mark', buffered: true });
  });
  const paused = () => new Promise((resolve) => {
    const kinds = ['keydown', 'input', 'pointerdown', 'wheel', 'touchstart'];
    let timer;
    const wait = () => {
      clearTimeout(timer);
      timer = setTimeout(done, QUIET);
    };
    const done = () => {
      for (const k of kinds) removeEventListener(k, wait, true);
      resolve();
    };
    for (const k of kinds) addEventListener(k, wait, { capture: true, passive: true });
    wait();
  });
  const idle = () => new Promise((resolve) => (window.requestIdleCallback ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 100)));
  return mounted.then(paused).then(idle);
}

// A deep link to a view of the views module (src/views/lazy.rs) would fetch the module
// only once the app has started and drawn the view's frame: its 4 KB of JS and 141 KB
// of wasm then came after the app's, one after the other. Here their fetch starts
// beside the app's, through the app's own lazy.js (its modulepreload in the page), so
// the app finds it under way and never fetches twice. The view is the URL's last valid
// `view`, as in the app's URL codec (core/src/url_state.rs), which public/boot.js has read.
// A failure is the app's to report: it tries again when the view opens.
function viewsModuleEarly() {
  const view = window.briefingView;
  const url = document.querySelector('meta[name=views-module]')?.content;
  // The app's own, not the deep-link build's copy (boot.js's modulepreload, if it failed).
  const lazy = document.querySelector('link[rel=modulepreload][href$="/src/views/lazy.js"]:not([href*="deep/"])')?.href;
  if (!view || view === 'timeline' || !url || !lazy) return;
  import(lazy).then((m) => m.loadViewsModule(url)).catch(() => {});
}

const problem = NEEDS.map((need) => need()).find((r) => r !== true);
if (problem) {
  showFallback(problem);
} else {
  root.classList.add('app-loading');
  // Leaving the page mid-load aborts the fetch: not a failure to report.
  let leaving = false;
  addEventListener('pagehide', () => { leaving = true; }, { once: true });
  // A deep link's first paint is the skeleton, and its largest is drawn by the app:
  // there, waiting for the first paint only delayed the wasm (requested at 156 ms,
  // after that paint at 140, against 37 ms with 183c5ac's preload; Actors, 5 runs).
  if (!root.classList.contains('deep-link')) await firstPaint();
  // On a deep link public/boot.js has fetched and compiled it already (if that failed, it
  // is fetched here); for Actors, Narratives or Sources, the app built with them (deep/),
  // and this app is the fallback if that fails. Its glue is imported meanwhile (importing
  // runs nothing).
  let glue;
  let response;
  if (window.briefingDeep) {
    const deepGlue = import(window.briefingDeep.js);
    deepGlue.catch(() => {});
    const deep = await window.briefingDeep.wasm.catch(() => null);
    if (deep) [glue, response] = [deepGlue, deep];
  }
  if (!glue) {
    glue = import('__JS__');
    const own = () => fetch('__WASM__', { mode: 'no-cors', credentials: 'include' });
    response = window.briefingWasm ? window.briefingWasm.catch(own) : own();
    viewsModuleEarly();
  }
  try {
    const bindings = await glue;
    const wasm = await bindings.default({ module_or_path: response });
    window.wasmBindings = bindings;
    document.getElementById('fallback-notice')?.remove();
    root.classList.remove('app-loading');
    dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
    if (OFFLINE && 'serviceWorker' in navigator) {
      appSettled().then(() => import(OFFLINE))
        .catch((e) => console.warn('offline use is unavailable:', e && e.message ? e.message : e));
    }
  } catch (e) {
    if (!leaving) {
      showFallback(`The briefing could not start: ${e && e.message ? e.message : e}. Reloading the page may help.`);
      throw e;
    }
  }
}
