// Serves a built dist/ under a sub-path (default /briefing/) on 127.0.0.1, with the
// strict Content-Security-Policy from public/_headers on every response.
// COMPRESS=1 serves as a CDN would: brotli or gzip by Accept-Encoding, and the
// caching rules of public/_headers (hashed files immutable, the rest no-cache).
import { createServer } from 'node:http';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { join, extname, normalize } from 'node:path';

const root = process.env.DIST_DIR || new URL('../dist', import.meta.url).pathname;
const base = process.env.BASE_PATH || '/briefing/';
const port = Number(process.env.PORT || 4173);
const headers = await readFile(new URL('../public/_headers', import.meta.url), 'utf8');
const csp = headers.match(/Content-Security-Policy: (.*)/)[1].trim();
const compress = process.env.COMPRESS === '1';
const compressed = new Map();
const immutable = /^(briefing-.*\.(js|wasm)|style-.*\.css)$/;
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.csv': 'text/csv',
};

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/' || url.pathname === base.slice(0, -1)) {
    res.writeHead(302, { Location: base }).end();
    return;
  }
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404).end('not under ' + base);
    return;
  }
  let rel = normalize(decodeURIComponent(url.pathname.slice(base.length)));
  if (rel.startsWith('..')) return res.writeHead(400).end();
  if (rel === '' || rel === '.') rel = 'index.html';
  const file = join(root, rel);
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    let body = await readFile(file);
    const head = {
      'Content-Type': types[extname(file)] || 'application/octet-stream',
      'Content-Security-Policy': csp,
      'Cache-Control': 'no-cache',
    };
    if (compress) {
      if (immutable.test(rel)) head['Cache-Control'] = 'public, max-age=31536000, immutable';
      const accept = String(req.headers['accept-encoding'] || '');
      const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
      if (encoding) {
        const key = `${encoding} ${file}`;
        if (!compressed.has(key)) {
          compressed.set(key, encoding === 'br'
            ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
            : gzipSync(body, { level: 9 }));
        }
        body = compressed.get(key);
        head['Content-Encoding'] = encoding;
      }
      head['Vary'] = 'Accept-Encoding';
    }
    res.writeHead(200, head);
    res.end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
