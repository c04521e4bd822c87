// Fetches the views module (src/views_module.rs) once per page; a failed
// fetch may be tried again. The URL is relative to the page, not to this file.
// The wasm is asked for with the JS, not after it: its download and streaming
// compilation then go on while the main thread is still busy with the app's
// start-up (a deep link to Actors: its wasm was requested at 103 ms, not 222; 5 runs).
let loading;
export function loadViewsModule(url) {
  loading ??= (() => {
    const wasm = fetch(new URL(url.replace(/\.js$/, '_bg.wasm'), document.baseURI));
    return import(new URL(url, document.baseURI).href)
      .then(async (m) => { await m['default']({ module_or_path: wasm }); return m; });
  })().catch((e) => { loading = undefined; throw e; });
  return loading;
}
