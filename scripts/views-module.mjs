// Trunk post-build hook (before the service worker): builds two more wasm modules
// beside the app's, with the app's profile and wasm-opt flags:
// - views/: the views after the first screen (Map, Actors, Narratives, Sources) as their
//   own module, fetched when one of them first opens, so their code stays out of the
//   first load (src/views_module.rs). The page names it:
//   <meta name="views-module" content="views/briefing-views-HASH.js">.
// - deep/: the app with Actors, Narratives and Sources in its own wasm (the bin
//   briefing-deep, feature views-in-app), which public/boot.js loads instead of the app
//   when the page opens on one of those views; its names go into boot.js.
// Each: cargo build, wasm-bindgen --target web, wasm-opt -Oz (release), content-hashed names.
// BRIEFING_VIEWS=0 leaves both out (those views then say they are not in this build).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set');
const root = new URL('..', import.meta.url).pathname;
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
const release = process.env.TRUNK_PROFILE !== 'debug';
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });

/** Builds `bin` with `feature` into `dir/sub`; returns the stem of its hashed files there. */
function buildModule(bin, feature, sub) {
  const started = Date.now();
  run('cargo', ['build', '--quiet', '--target', 'wasm32-unknown-unknown', '--bin', bin, '--features', feature,
    ...(release ? ['--release'] : [])]);
  const target = process.env.CARGO_TARGET_DIR || join(root, 'target');
  const wasmIn = join(target, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${bin}.wasm`);
  const out = join(dir, sub);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, wasmIn]);
  const wasm = join(out, `${bin}_bg.wasm`);
  if (release) {
    // The flags index.html gives Trunk's wasm-opt for the app's own module.
    const source = readFileSync(join(root, 'index.html'), 'utf8');
    const params = source.match(/data-wasm-opt-params="([^"]*)"/)?.[1];
    if (!params) throw new Error('views-module: no data-wasm-opt-params in index.html');
    run('wasm-opt', ['-Oz', ...params.split(/\s+/).filter(Boolean), wasm, '-o', wasm]);
  }
  // Content-hashed names, as Trunk names the app's files (cached as immutable).
  const js = join(out, `${bin}.js`);
  const hash = createHash('sha256').update(readFileSync(js)).update(readFileSync(wasm)).digest('hex').slice(0, 16);
  const name = `${bin}-${hash}`;
  renameSync(js, join(out, `${name}.js`));
  renameSync(wasm, join(out, `${name}_bg.wasm`));
  console.log(`views-module: wrote ${sub}/${name}.js and _bg.wasm (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return name;
}

if (process.env.BRIEFING_VIEWS === '0') {
  console.log('views-module: left out (BRIEFING_VIEWS=0)');
} else {
  const views = buildModule('briefing-views', 'views-module', 'views');
  if (!html.includes('</head>')) throw new Error('views-module: no </head> in index.html');
  html = html.replace('</head>', `<meta name="views-module" content="views/${views}.js"></head>`);
  writeFileSync(htmlPath, html);
  const deep = buildModule('briefing-deep', 'views-in-app', 'deep');
  const bootPath = join(dir, 'boot.js');
  const boot = readFileSync(bootPath, 'utf8');
  if (!boot.includes("'__DEEP__'")) throw new Error('views-module: no __DEEP__ in boot.js');
  // The deep build's glue imports its wasm-bindgen snippets: boot.js preloads them with it.
  const snippets = readdirSync(join(dir, 'deep'), { recursive: true }).filter((f) => f.startsWith('snippets/') && f.endsWith('.js'));
  if (!boot.includes("'__DEEP_SNIPPETS__'")) throw new Error('views-module: no __DEEP_SNIPPETS__ in boot.js');
  writeFileSync(bootPath, boot.replaceAll('__DEEP__', `deep/${deep}`).replaceAll('__DEEP_SNIPPETS__', snippets.map((f) => `deep/${f}`).join(',')));
}
