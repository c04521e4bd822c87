// Trunk's post-build hook. One process: Trunk starts a stage's hooks side by
// side, and every step rewrites index.html, so they must run in order.
await import('./external-loader.mjs');
await import('./map-module.mjs');
await import('./static-page.mjs');
await import('./bundle-css.mjs');
await import('./embed-page.mjs');
// Last: the service worker lists every file the steps above wrote.
const { build } = await import('./service-worker.mjs');
build(process.env.TRUNK_STAGING_DIR || process.argv[2]);
