// Trunk's post-build hook. One process: Trunk starts a stage's hooks side by
// side, and every step rewrites index.html, so they must run in order.
await import('./external-loader.mjs');
await import('./views-module.mjs');
await import('./bundle-css.mjs');
// The whole briefing as plain HTML, with the bundled stylesheet's name.
await import('./static-site.mjs');
await import('./embed-page.mjs');
// The wasm-bindgen glue of the app and the views module, before anything loads it.
await import('./minify-js.mjs');
// After the embed (which has no first screen) and before the service worker (which
// keeps the final index.html): the first screen drawn by the app itself.
await import('./first-screen.mjs');
// boot.js is final now: named after its content (cached as immutable).
await import('./hash-boot.mjs');
// Last: the service worker lists every file the steps above wrote.
const { build } = await import('./service-worker.mjs');
build(process.env.TRUNK_STAGING_DIR || process.argv[2]);
