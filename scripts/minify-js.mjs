// Trunk post-build hook (release builds): minifies the JS glue that wasm-bindgen
// writes for the app and for the Map module. Trunk's `minify` leaves it as written
// (56.5 KB raw, with doc comments): terser takes the app's from 8.1 to 6.3 KB brotli.
// Only local names are mangled; the module's exports stay. The import object's keys,
// which the wasm imports by name, get short names in both files first (short-imports.mjs).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { minify } from '../e2e/node_modules/terser/main.js';
import { shortenImports } from './short-imports.mjs';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set');
if (process.env.TRUNK_PROFILE === 'debug') {
  console.log('minify-js: debug build, left as written');
} else {
  // A glue file sits beside its `_bg.wasm`; map/ is absent with BRIEFING_MAP=0.
  const glue = (sub) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)) : [])
    .filter((f) => f.endsWith('_bg.wasm')).map((f) => join(sub, f.replace(/_bg\.wasm$/, '.js')));
  const files = [...glue('.'), ...glue('map')];
  for (const file of files) {
    const path = join(dir, file);
    const wasmPath = path.replace(/\.js$/, '_bg.wasm');
    // The glue's own module name, as the wasm imports it (before Trunk's hashed file names).
    const stem = basename(file).replace(/-[0-9a-f]{16}\.js$/, '');
    const short = shortenImports(readFileSync(wasmPath), readFileSync(path, 'utf8'), `./${stem}_bg.js`);
    if (!short.renamed) throw new Error(`minify-js: no import of ./${stem}_bg.js renamed in ${file}`);
    writeFileSync(wasmPath, short.wasm);
    const source = short.glue;
    const { code } = await minify(source, { module: true, compress: true, mangle: true, format: { comments: false } });
    writeFileSync(path, code);
    console.log(`minify-js: ${file} ${(source.length / 1024).toFixed(1)} -> ${(code.length / 1024).toFixed(1)} KB raw, ${short.renamed} imports renamed`);
  }
}
