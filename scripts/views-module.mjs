// Trunk post-build hook (before the service worker): builds the views after the first
// screen (Map, Actors, Narratives, Sources) as their own wasm module, fetched when one
// of them first opens, so their code stays out of the first load. See src/views_module.rs.
//   cargo build --bin briefing-views --features views-module   (same profile as Trunk's build)
//   wasm-bindgen --target web, wasm-opt -Oz (release)  -> views/briefing-views-HASH.{js,_bg.wasm}
// and tells the app where it is: <meta name="views-module" content="views/briefing-views-HASH.js">.
// BRIEFING_VIEWS=0 leaves it out (those views then say they are not in this build).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set');
const root = new URL('..', import.meta.url).pathname;
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

if (process.env.BRIEFING_VIEWS === '0') {
  console.log('views-module: left out (BRIEFING_VIEWS=0)');
} else {
  const release = process.env.TRUNK_PROFILE !== 'debug';
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  const started = Date.now();
  run('cargo', ['build', '--quiet', '--target', 'wasm32-unknown-unknown', '--bin', 'briefing-views', '--features', 'views-module',
    ...(release ? ['--release'] : [])]);
  const target = process.env.CARGO_TARGET_DIR || join(root, 'target');
  const wasmIn = join(target, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'briefing-views.wasm');
  const out = join(dir, 'views');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, wasmIn]);
  const wasm = join(out, 'briefing-views_bg.wasm');
  if (release) {
    // The flags index.html gives Trunk's wasm-opt for the app's own module.
    const source = readFileSync(join(root, 'index.html'), 'utf8');
    const params = source.match(/data-wasm-opt-params="([^"]*)"/)?.[1];
    if (!params) throw new Error('views-module: no data-wasm-opt-params in index.html');
    run('wasm-opt', ['-Oz', ...params.split(/\s+/).filter(Boolean), wasm, '-o', wasm]);
  }
  // Content-hashed names, as Trunk names the app's files (cached as immutable).
  const js = join(out, 'briefing-views.js');
  const hash = createHash('sha256').update(readFileSync(js)).update(readFileSync(wasm)).digest('hex').slice(0, 16);
  const name = `briefing-views-${hash}`;
  renameSync(js, join(out, `${name}.js`));
  renameSync(wasm, join(out, `${name}_bg.wasm`));
  if (!html.includes('</head>')) throw new Error('views-module: no </head> in index.html');
  html = html.replace('</head>', `<meta name="views-module" content="views/${name}.js"></head>`);
  writeFileSync(htmlPath, html);
  console.log(`views-module: wrote views/${name}.js and _bg.wasm (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
