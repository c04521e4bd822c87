// Fetches the views module (src/views_module.rs) once per page; a failed
// fetch may be tried again. The URL is relative to the page, not to this file.
let loading;
export function loadViewsModule(url) {
  loading ??= import(new URL(url, document.baseURI).href)
    .then(async (m) => { await m['default']({ module_or_path: new URL(url.replace(/\.js$/, '_bg.wasm'), document.baseURI) }); return m; })
    .catch((e) => { loading = undefined; throw e; });
  return loading;
}
