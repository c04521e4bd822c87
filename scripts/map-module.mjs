// Trunk post-build hook (before the service worker): builds the Map view as its own
// wasm module, fetched when the Map view first opens, so the map's code (about
// 23 KB brotli) stays out of the first load. See src/map_module.rs.
//   cargo build --bin briefing-map --features map   (same profile as Trunk's build)
//   wasm-bindgen --target web, wasm-opt -Oz (release)  -> map/briefing-map-HASH.{js,_bg.wasm}
// and tells the app where it is: <meta name="map-module" content="map/briefing-map-HASH.js">.
// BRIEFING_MAP=0 leaves it out (the Map view then says the map is not in this build).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set');
const root = new URL('..', import.meta.url).pathname;
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

if (process.env.BRIEFING_MAP === '0') {
  console.log('map-module: left out (BRIEFING_MAP=0)');
} else {
  const release = process.env.TRUNK_PROFILE !== 'debug';
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  const started = Date.now();
  run('cargo', ['build', '--quiet', '--target', 'wasm32-unknown-unknown', '--bin', 'briefing-map', '--features', 'map',
    ...(release ? ['--release'] : [])]);
  const target = process.env.CARGO_TARGET_DIR || join(root, 'target');
  const wasmIn = join(target, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'briefing-map.wasm');
  const out = join(dir, 'map');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, wasmIn]);
  const wasm = join(out, 'briefing-map_bg.wasm');
  if (release) {
    // The flags index.html gives Trunk's wasm-opt for the app's own module.
    const source = readFileSync(join(root, 'index.html'), 'utf8');
    const params = source.match(/data-wasm-opt-params="([^"]*)"/)?.[1];
    if (!params) throw new Error('map-module: no data-wasm-opt-params in index.html');
    run('wasm-opt', ['-Oz', ...params.split(/\s+/).filter(Boolean), wasm, '-o', wasm]);
  }
  // Content-hashed names, as Trunk names the app's files (cached as immutable).
  const js = join(out, 'briefing-map.js');
  const hash = createHash('sha256').update(readFileSync(js)).update(readFileSync(wasm)).digest('hex').slice(0, 16);
  const name = `briefing-map-${hash}`;
  renameSync(js, join(out, `${name}.js`));
  renameSync(wasm, join(out, `${name}_bg.wasm`));
  if (!html.includes('</head>')) throw new Error('map-module: no </head> in index.html');
  html = html.replace('</head>', `<meta name="map-module" content="map/${name}.js"></head>`);
  writeFileSync(htmlPath, html);
  console.log(`map-module: wrote map/${name}.js and _bg.wasm (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
