// Trunk post-build hook: moves the inline module loader out of index.html into
// loader.js, so the page runs under a CSP without 'unsafe-inline'.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set');
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
// The HTML may be minified, with unquoted attributes.
const inline = /<script type="?module"?(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error('no inline module script found in index.html');
// Resolve imports against the loader's own location instead of the page's.
writeFileSync(join(dir, 'loader.js'), match[1].trim() + '\n');
html = html.replace(inline, '<script type="module" src="./loader.js"></script>');
html = html.replace(/ nonce="[^"]*"/g, '');
writeFileSync(htmlPath, html);
console.log('external-loader: moved the inline loader to loader.js');
