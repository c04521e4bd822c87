// Trunk post-build hook step (after bundle-css): writes briefing.html, the whole
// briefing as one plain HTML page for readers whose browser runs no WebAssembly or
// JavaScript, rendered natively from the same dataset and pure core as the app
// (src/static_site, `dataset static-site`). It uses the site's bundled stylesheet
// plus static-briefing.css, and links back to the app.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set');
const data = process.env.BRIEFING_DATA || 'data/briefing.json';
const html = readFileSync(join(dir, 'index.html'), 'utf8');
// The HTML may be minified, with unquoted attributes.
const css = html.match(/<link\b[^>]*\bhref="?(?:\.\/)?(style-[0-9a-f]+\.css)"?/)?.[1];
if (!css) throw new Error('static-site: no bundled stylesheet (style-HASH.css) in index.html; run after bundle-css');
// The page's own rules, when the build copies them (index.html's copy-file): linked
// only if present, so a build without them gets no dangling link.
const sheets = [css, ...(existsSync(join(dir, 'static-briefing.css')) ? ['static-briefing.css'] : [])];
// A native build: without the wasm fallback's build-std settings (.tools/wasm-env.sh),
// which need a --target. `make dist` has built this binary already (its validate step).
const env = { ...process.env };
delete env.CARGO_UNSTABLE_BUILD_STD;
delete env.CARGO_BUILD_TARGET;
const out = execFileSync('cargo', ['run', '--quiet', '--bin', 'dataset', '--', 'static-site', data,
  ...sheets.flatMap((s) => ['--css', s]), '--out', join(dir, 'briefing.html')], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'inherit'] });
console.log(`static-site: ${out.trim()}`);
