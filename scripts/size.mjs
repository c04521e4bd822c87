// The transfer budget: everything the first load fetches, brotli-compressed.
// Prints a table and fails past the budget. Run after a release build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] || 'dist';
// The budget from issue 7: the whole first load, at most 200 KB brotli.
const BUDGET = 200 * 1024;
// The first load: the page, its loader, JS glue, wasm, CSS and the favicon, and what
// every first visit also fetches for offline use and install: offline.js, sw.js and the
// manifest. briefing.json and the schema are downloads, not part of the first load;
// embed.js is loaded by host pages, never by the briefing; map.css is fetched when the
// Map view first opens; briefing.html (the plain version) and its static-briefing.css
// are opened from a link. The worker's prefetch of
// the rest (after the first paint) is reported below, not budgeted.
const firstLoad = (name) => /\.(html|js|wasm|css|svg|webmanifest)$/.test(name) && !['embed.js', 'map.css', 'briefing.html', 'static-briefing.css'].includes(name);
// Fetched by the full briefing only, never by the embed.
const briefingOnly = /\.html$|^(loader|offline|sw)\.js$|\.webmanifest$/;
const brotli = (path) => brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
let total = 0, totalRaw = 0;
const rows = [];
// wasm-bindgen snippets are imported by the app's JS as it starts: first load too.
const snippets = (sub) => readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((d) =>
  d.isDirectory() ? snippets(join(sub, d.name)) : [join(sub, d.name)]);
const names = [...readdirSync(dir).sort(), ...(statSync(join(dir, 'snippets'), { throwIfNoEntry: false })?.isDirectory() ? snippets('snippets') : [])];
for (const name of names) {
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

// A page that opens on Actors, Narratives or Sources loads the app built with them
// (deep/, scripts/views-module.mjs) instead of the app's wasm; the app's JS glue and
// snippet are still preloaded by the page. Budgeted too: it is that page's first load.
try {
  const deepFiles = snippets('deep');
  const appWasm = rows.filter(([n]) => /^briefing-[0-9a-f]+_bg\.wasm$/.test(n)).reduce((a, [, , b]) => a + b, 0);
  const deep = deepFiles.reduce((a, f) => a + brotli(join(dir, f)), 0);
  const deepTotal = total - appWasm + deep;
  console.log(`${'deep link to Actors, Narratives or Sources'.padEnd(44)} brotli ${kb(deepTotal)}   (the app's wasm ${kb(appWasm).trim()} -> deep/ ${kb(deep).trim()}, ${deepFiles.length} files)`);
  if (deepTotal > BUDGET) {
    console.error(`size budget exceeded for a deep link: ${(deepTotal / 1024).toFixed(1)} KB brotli is ${((deepTotal - BUDGET) / 1024).toFixed(1)} KB over 200 KB`);
    process.exit(1);
  }
} catch (e) {
  // A build without the deep-link build (BRIEFING_VIEWS=0).
  if (e.code !== 'ENOENT') throw e;
}

// The embed's own first load (reported, not budgeted): its page, loader and
// stylesheet from embed/, the shared bundles and stylesheet, and the host's embed.js.
let embedOnly = 0;
try {
  for (const name of readdirSync(join(dir, 'embed')).sort()) embedOnly += brotli(join(dir, 'embed', name));
  const shared = rows.filter(([n]) => !briefingOnly.test(n)).reduce((a, [, , b]) => a + b, 0);
  const host = brotli(join(dir, 'embed.js'));
  console.log(`${'embed first load'.padEnd(44)} brotli ${kb(embedOnly + shared + host)}   (embed/ ${kb(embedOnly).trim()}, shared ${kb(shared).trim()}, host's embed.js ${kb(host).trim()})`);
} catch {
  // A build without the embed.
}

// Offline use: the worker itself, and what it fetches after the first paint (every
// file it keeps that the first load did not already fetch; hashed files come from
// the HTTP cache, the rest are revalidated: a 304 for the page, loader, favicon).
try {
  const sw = readFileSync(join(dir, 'sw.js'));
  const files = JSON.parse(String(sw).match(/const FILES = (\[.*?\]);/s)?.[1] || 'null');
  if (files) {
    const loaded = new Set(rows.map(([n]) => n));
    const rest = files.map(decodeURIComponent).filter((f) => !loaded.has(f));
    const raw = files.reduce((a, f) => a + statSync(join(dir, decodeURIComponent(f))).size, 0);
    const prefetch = rest.reduce((a, f) => a + brotli(join(dir, f)), 0);
    console.log(`${'service worker sw.js'.padEnd(44)} raw ${kb(sw.length)}   brotli ${kb(brotli(join(dir, 'sw.js')))}`);
    console.log(`${'kept for offline use'.padEnd(44)} ${files.length} files, raw ${kb(raw).trim()}; ` +
      `prefetched after the first paint: ${rest.length} files, brotli ${kb(prefetch).trim()}`);
  } else {
    console.log('sw.js: offline use is off in this build (it unregisters itself)');
  }
} catch {
  // A build without offline use (trunk serve).
}
