// The transfer budget: everything the first load fetches, brotli-compressed.
// Prints a table and fails past the budget. Run after a release build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] || 'dist';
// The budget from issue 7: the whole first load, at most 200 KB brotli.
const BUDGET = 200 * 1024;
// The first load: the page, its loader, JS glue, wasm, CSS and the favicon.
// briefing.json and the schema are downloads, not part of the first load; embed.js is
// loaded by host pages, never by the briefing.
const firstLoad = (name) => /\.(html|js|wasm|css|svg)$/.test(name) && name !== 'embed.js' && name !== 'map.css';
let total = 0, totalRaw = 0;
const rows = [];
for (const name of readdirSync(dir).sort()) {
  const path = join(dir, name);
  if (!statSync(path).isFile() || !firstLoad(name)) continue;
  const raw = readFileSync(path);
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total += br; totalRaw += raw.length;
  rows.push([name, raw.length, br]);
}
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
for (const [n, r, b] of rows) console.log(`${n.padEnd(44)} raw ${kb(r)}   brotli ${kb(b)}`);
console.log(`${'first load total'.padEnd(44)} raw ${kb(totalRaw)}   brotli ${kb(total)}   (budget ${kb(BUDGET)})`);
if (total > BUDGET) {
  console.error(`size budget exceeded: ${(total / 1024).toFixed(1)} KB brotli is ${((total - BUDGET) / 1024).toFixed(1)} KB over 200 KB`);
  process.exit(1);
}
console.log(`within budget: ${((BUDGET - total) / 1024).toFixed(1)} KB to spare`);

// The embed's own first load (reported, not budgeted): its page, loader and
// stylesheet from embed/, the shared bundles and stylesheet, and the host's embed.js.
const brotli = (path) => brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
let embedOnly = 0;
try {
  for (const name of readdirSync(join(dir, 'embed')).sort()) embedOnly += brotli(join(dir, 'embed', name));
  const shared = rows.filter(([n]) => !/\.html$|^loader\.js$/.test(n)).reduce((a, [, , b]) => a + b, 0);
  const host = brotli(join(dir, 'embed.js'));
  console.log(`${'embed first load'.padEnd(44)} brotli ${kb(embedOnly + shared + host)}   (embed/ ${kb(embedOnly).trim()}, shared ${kb(shared).trim()}, host's embed.js ${kb(host).trim()})`);
} catch {
  // A build without the embed.
}
