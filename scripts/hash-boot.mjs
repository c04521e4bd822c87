// Trunk post-build hook step (after first-screen.mjs, the last to write boot.js; before the
// service worker): names boot.js after its content, boot-HASH.js, and points the pages at
// it. It blocks the parser of every page, and as boot.js it was revalidated on every visit
// (a round trip before the page could go on, and before a deep link's wasm was asked for);
// hashed, it is cached as immutable (public/_headers), like the bundles whose names it holds.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set');
const body = readFileSync(join(dir, 'boot.js'));
const name = `boot-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
renameSync(join(dir, 'boot.js'), join(dir, name));
for (const page of ['index.html', 'embed/index.html']) {
  const path = join(dir, page);
  let html;
  try {
    html = readFileSync(path, 'utf8');
  } catch {
    continue; // a build without the embed
  }
  const next = html.replace(/(<script\b[^>]*\bsrc=["']?(?:\.\.\/|\.\/)?)boot\.js(["' >])/, `$1${name}$2`);
  if (next === html) throw new Error(`hash-boot: no <script src=boot.js> in ${page}`);
  writeFileSync(path, next);
}
console.log(`hash-boot: boot.js is ${name}`);
