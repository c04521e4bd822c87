// Trunk post-build hook: replaces the inline module loader in index.html with
// loader.js (scripts/loader.template.js with the file names from Trunk's loader),
// so the page runs under a CSP without 'unsafe-inline'. Also removes Trunk's
// <link rel=preload> of the wasm: loader.js asks for it after the first paint
// (see there; defect D1 was a preload WebKit never matched to the fetch).
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
const js = match[1].match(/\bfrom\s*['"]([^'"]+\.js)['"]/)?.[1];
const wasm = match[1].match(/['"]([^'"]+_bg\.wasm)['"]/)?.[1];
if (!js || !wasm) throw new Error(`Trunk's inline loader changed shape; update scripts/external-loader.mjs:\n${match[1]}`);
const template = readFileSync(new URL('./loader.template.js', import.meta.url), 'utf8');
// Comment lines are for this repository, not for every reader's first load.
const loader = template.split('\n').filter((l) => !/^\s*\/\//.test(l)).join('\n');
writeFileSync(join(dir, 'loader.js'), loader.replaceAll('__JS__', js).replaceAll('__WASM__', wasm));
// boot.js asks for the wasm itself on a deep link (see there), by this name.
const bootPath = join(dir, 'boot.js');
const boot = readFileSync(bootPath, 'utf8');
if (!boot.includes("'__WASM__'")) throw new Error('external-loader: no __WASM__ in boot.js');
writeFileSync(bootPath, boot.replaceAll('__WASM__', wasm));
html = html.replace(inline, '<script type="module" src="./loader.js"></script>');
html = html.replace(/ nonce="[^"]*"/g, '');
const preload = /<link\b(?=[^>]*\brel="?preload"?[\s>])(?=[^>]*_bg\.wasm)[^>]*>/g;
if (!preload.test(html)) throw new Error('no wasm preload found in index.html');
html = html.replace(preload, '');
writeFileSync(htmlPath, html);
console.log('external-loader: wrote loader.js (feature checks, the wasm fetched after the first paint)');
