// Trunk post-build hook (release builds): minifies the JS glue that wasm-bindgen
// writes for the app, the views module and the deep-link build. Trunk's `minify` leaves it as written
// (56.5 KB raw, with doc comments): terser takes the app's from 8.1 to 6.3 KB brotli.
// Only local names are mangled; the module's exports stay. The import object's keys,
// which the wasm imports by name, get short names in both files first (short-imports.mjs).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { minify } from '../e2e/node_modules/terser/main.js';
import { shortenImports } from './short-imports.mjs';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set');
if (process.env.TRUNK_PROFILE === 'debug') {
  console.log('minify-js: debug build, left as written');
} else {
  // A glue file sits beside its `_bg.wasm`; views/ and deep/ are absent with BRIEFING_VIEWS=0.
  const glue = (sub) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)) : [])
    .filter((f) => f.endsWith('_bg.wasm')).map((f) => join(sub, f.replace(/_bg\.wasm$/, '.js')));
  const files = [...glue('.'), ...glue('views'), ...glue('deep')];
  for (const file of files) {
    const path = join(dir, file);
    const wasmPath = path.replace(/\.js$/, '_bg.wasm');
    // The glue's own module name, as the wasm imports it (before Trunk's hashed file names).
    // Trunk writes its hash without leading zeros: 15 digits in 1 build of 16.
    const stem = basename(file).replace(/-[0-9a-f]{12,16}\.js$/, '');
    const short = shortenImports(readFileSync(wasmPath), readFileSync(path, 'utf8'), `./${stem}_bg.js`);
    if (!short.renamed) throw new Error(`minify-js: no import of ./${stem}_bg.js renamed in ${file}`);
    writeFileSync(wasmPath, short.wasm);
    const source = short.glue;
    const { code } = await minify(source, { module: true, compress: true, mangle: true, format: { comments: false } });
    writeFileSync(path, code);
    const renamedTo = rehash(path, wasmPath, stem);
    console.log(`minify-js: ${file} ${(source.length / 1024).toFixed(1)} -> ${(code.length / 1024).toFixed(1)} KB raw, ${short.renamed} imports renamed, now ${renamedTo}`);
  }
}

/**
 * Names the pair after its final content. Trunk's hash (and views-module.mjs's) was taken
 * before these rewrites, and the files are served as immutable: a build that changed
 * only this step would otherwise reuse the names of different files.
 */
function rehash(js, wasm, stem) {
  const from = basename(js, '.js');
  const to = `${stem}-${createHash('sha256').update(readFileSync(js)).update(readFileSync(wasm)).digest('hex').slice(0, 16)}`;
  renameSync(js, join(dirname(js), `${to}.js`));
  renameSync(wasm, join(dirname(wasm), `${to}_bg.wasm`));
  // The pages and loaders that name it (index.html, loader.js and the embed's).
  const texts = (sub) => readdirSync(join(dir, sub)).flatMap((f) => {
    const rel = join(sub, f);
    return statSync(join(dir, rel)).isDirectory() ? texts(rel) : /\.(html|js)$/.test(f) ? [join(dir, rel)] : [];
  });
  for (const text of texts('.')) {
    const body = readFileSync(text, 'utf8');
    if (body.includes(from)) writeFileSync(text, body.replaceAll(from, to));
  }
  return `${to}.js`;
}
