// Serves a built dist/ under a sub-path (default /briefing/) on 127.0.0.1, with the
// headers public/_headers gives each path (matched against the path below the base).
// Rules are read from the file, not copied: every matching rule applies, and a
// header two rules set is sent with both values joined (as Cloudflare Pages does,
// the stricter reading: two CSPs would both be enforced). Cache-Control is always
// no-cache here, so a rebuilt dist/ is never served stale.
// COMPRESS=1 serves as a CDN would: brotli or gzip by Accept-Encoding, and
// hashed files as immutable.
import { createServer } from 'node:http';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { join, extname, normalize } from 'node:path';

const root = process.env.DIST_DIR || new URL('../dist', import.meta.url).pathname;
const base = process.env.BASE_PATH || '/briefing/';
const port = Number(process.env.PORT || 4173);
const compress = process.env.COMPRESS === '1';
const compressed = new Map();
const immutable = /^((map\/|views\/|deep\/)?briefing-.*\.(js|wasm)|style-.*\.css|boot-[0-9a-f]+\.js)$/;
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.csv': 'text/csv',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};

/** `_headers` as rules: a path pattern (`*` any characters, `:name` one segment) and its headers. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:[A-Za-z]\w*/g, '[^/]+');
      rules.push({ path: line.trim(), re: new RegExp(`^${source}$`), headers: [] });
    } else {
      const m = line.trim().match(/^([^:]+):\s*(.*)$/);
      if (!m || !rules.length) throw new Error(`_headers: cannot read "${line}"`);
      rules.at(-1).headers.push([m[1].trim(), m[2].trim()]);
    }
  }
  return rules;
}

export function headersFor(rules, path) {
  const out = {};
  for (const rule of rules.filter((r) => r.re.test(path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = key in out ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

const rules = parseHeaders(await readFile(new URL('../public/_headers', import.meta.url), 'utf8'));

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    // LOG=1 prints every request (what a first visit fetches, for the size report).
    if (process.env.LOG === '1') console.log(`${req.method} ${url.pathname}${url.search}`);
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
    if (rel === '.') rel = '';
    const file = join(root, rel.endsWith('/') || rel === '' ? rel + 'index.html' : rel);
    try {
      const info = await stat(join(root, rel)).catch(() => null);
      if (info?.isDirectory() && !rel.endsWith('/') && rel !== '') {
        res.writeHead(301, { Location: url.pathname + '/' + url.search }).end();
        return;
      }
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      let body = await readFile(file);
      // Lower-case names throughout, so a rule's header replaces the default, never doubles it.
      const head = {
        'content-type': types[extname(file)] || 'application/octet-stream',
        ...headersFor(rules, '/' + rel),
        'cache-control': 'no-cache',
      };
      if (compress) {
        if (immutable.test(rel)) head['cache-control'] = 'public, max-age=31536000, immutable';
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
          head['content-encoding'] = encoding;
        }
        head['vary'] = 'Accept-Encoding';
      }
      res.writeHead(200, head);
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  // PORT=0 takes a free port; the line below names it (the offline specs read it).
  server.listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${server.address().port}${base}`));
}
