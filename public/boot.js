// Runs in <head>, before the first paint (a classic script: the CSP allows no inline
// one). index.html holds the default view's first screen, rendered at build time
// from the app (scripts/first-screen.mjs); this decides whether it applies:
// - a URL with a state (?view=actors&sel=ttp, or a #fragment) asks for something
//   else: .deep-link hides it and shows the loading skeleton, so the default view
//   never flashes first;
// - a saved colour scheme applies at once (as the app's toggle would, later);
// - as the static nodes are parsed, they are set as the app would draw them at this
//   width and scheme (the Filters panel is open only wider than 900 px, the theme
//   toggle names the other scheme), so the takeover changes nothing visible. A
//   MutationObserver's callback runs before the parser yields to a paint.
(function () {
  var root = document.documentElement;
  var query = location.search.replace(/^\?/, '');
  if ((query && query !== 'view=timeline') || location.hash.length > 1) root.classList.add('deep-link');
  // A deep link paints only the skeleton before the app, so the app's wasm is asked for
  // here, not once loader.js runs after the whole page is parsed (on a 150 ms, 1.6 Mbit/s
  // network: at 706 ms, against 184 ms with 183c5ac's preload). scripts/external-loader.mjs
  // writes the name; loader.js takes the module (no-cors and credentials, as its own fetch).
  // It is compiled here as it comes, while the page is still parsed, not once loader.js
  // hands the response to the glue after the parse (Actors, localhost: parsed at 155 ms
  // against 111 with 183c5ac's one bundle; the loader waits for domInteractive, 93 ms).
  var wasm = '__WASM__';
  // For Actors, Narratives or Sources (the URL's last valid view, as the app's codec reads
  // it), the app built with them (deep/, scripts/views-module.mjs): one wasm, where the app
  // and the views module were 146 + 141 KB brotli and parsed the dataset twice. Not for a
  // page the service worker controls: it keeps the app and the module on the device, not
  // this build.
  var deep = '__DEEP__';
  // The view it opens on, for loader.js too (its early fetch of the views module).
  var views = window.URLSearchParams ? new URLSearchParams(location.search).getAll('view').filter(function (v) {
    return ['timeline', 'map', 'actors', 'narratives', 'sources'].indexOf(v) >= 0;
  }) : [];
  window.briefingView = views[views.length - 1];
  var inDeep = deep.slice(0, 5) === 'deep/' && ['actors', 'narratives', 'sources'].indexOf(window.briefingView) >= 0 &&
    !(navigator.serviceWorker && navigator.serviceWorker.controller);
  if (root.classList.contains('deep-link') && typeof WebAssembly === 'object' && WebAssembly.compileStreaming && window.fetch) {
    var base = document.currentScript.src;
    var ask = function (file) {
      var compiled = WebAssembly.compileStreaming(fetch(new URL(file, base).href, { mode: 'no-cors', credentials: 'include' }));
      // Handled by loader.js; this only keeps a failure from also being reported unhandled.
      compiled['catch'](function () {});
      return compiled;
    };
    if (inDeep) {
      window.briefingDeep = { js: new URL(deep + '.js', base).href, wasm: ask(deep + '_bg.wasm') };
      // Its JS glue and the glue's snippets too, as the page's own modulepreloads do for
      // the app's: else the snippet was fetched only once the glue was evaluated, after the
      // wasm had come (at 96 ms against 55 ms for the wasm, Actors, localhost).
      var modules = [deep + '.js'].concat('__DEEP_SNIPPETS__'.split(','));
      for (var i = 0; i < modules.length; i++) {
        var preload = document.createElement('link');
        preload.rel = 'modulepreload';
        preload.href = new URL(modules[i], base).href;
        document.head.appendChild(preload);
      }
    }
    else if (wasm.slice(-5) === '.wasm') window.briefingWasm = ask(wasm);
  }
  var saved = null;
  try {
    saved = localStorage.getItem('theme');
  } catch (e) {
    // blocked storage counts as nothing saved
  }
  if (saved === 'dark' || saved === 'light') root.setAttribute('data-theme', saved);
  if (root.classList.contains('deep-link') || !('MutationObserver' in window)) return;
  var dark = saved ? saved === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  var wide = innerWidth > 900;
  var done = { details: wide, toggle: !dark };
  if (done.details && done.toggle) return;
  var observer = new MutationObserver(function () {
    if (!done.details) {
      var details = document.querySelector('[data-first-screen] details.facet-details[open]');
      if (details) {
        details.removeAttribute('open');
        done.details = true;
      }
    }
    if (!done.toggle) {
      var toggle = document.querySelector('[data-first-screen] .theme-toggle');
      // Only once its label is parsed too (the parser may stop between them).
      if (toggle && toggle.textContent === 'Dark mode') {
        toggle.textContent = 'Light mode';
        toggle.setAttribute('aria-pressed', 'true');
        done.toggle = true;
      }
    }
    if (done.details && done.toggle) observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', function () { observer.disconnect(); });
})();
