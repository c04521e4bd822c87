// Trunk post-build hook (after external-loader and bundle-css): writes the embed,
// a second page one folder down, from the finished index.html and loader.js:
//   embed/index.html  the same page, its root marked `data-embed`, every relative
//                     URL one folder up, plus the embed's own small stylesheet;
//   embed/loader.js   the loader with its URLs one folder up (wasm-bindgen fetches
//                     the .wasm relative to the page, so it cannot be shared);
//   embed/embed.css   src/components/embed.css.
// A folder of its own, because only the embed may be framed, and a path rule in
// _headers can tell it apart where a query flag could not (see public/_headers).
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set');
const out = join(dir, 'embed');
mkdirSync(out, { recursive: true });

let html = readFileSync(join(dir, 'index.html'), 'utf8');
// The HTML may be minified, with unquoted attributes. Absolute URLs, fragments and
// queries stay; the loader is the embed's own copy.
let moved = 0;
html = html.replace(/\b(href|src)=("?)(?!"|[a-z][a-z0-9+.-]*:|\/|#|\?)(?:\.\/)?([^"\s>]+)\2/gi, (m, attr, q, url) => {
  if (url === 'loader.js') return `${attr}=${q}./loader.js${q}`;
  moved += 1;
  return `${attr}=${q}../${url}${q}`;
});
if (moved === 0) throw new Error('embed-page: no relative URL found in index.html');
if (!/<html\b/.test(html) || !html.includes('</head>')) throw new Error('embed-page: no <html> or </head> in index.html');
// The views module's URL (scripts/views-module.mjs) is relative to the page too.
html = html.replace(/(<meta name="?views-module"? content=("?))(?!\.\.\/)/, '$1../');
html = html.replace(/<html\b/, '<html data-embed').replace('</head>', '<link rel="stylesheet" href="./embed.css"></head>');
writeFileSync(join(out, 'index.html'), html);

const loader = readFileSync(join(dir, 'loader.js'), 'utf8');
const embedLoader = loader.replace(/(['"])\.\//g, '$1../');
if (embedLoader === loader) throw new Error('embed-page: no relative URL found in loader.js');
writeFileSync(join(out, 'loader.js'), embedLoader);
copyFileSync(new URL('../src/components/embed.css', import.meta.url), join(out, 'embed.css'));
console.log(`embed-page: wrote embed/index.html (${moved} URLs one folder up), embed/loader.js, embed/embed.css`);
