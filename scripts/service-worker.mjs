// Trunk post-build hook step (the last one, once every other file is written):
// offline use (issue 18). Writes into the build:
//   icon-192.png, icon-512.png, icon-maskable-512.png   (scripts/app-icons.mjs)
//   offline.js   the page's side: registration and the two notices (scripts/offline.template.js)
//   sw.js        the worker (scripts/sw.template.js) with the exact list of files in
//                the build and a version hashed from their names and contents
// and tells loader.js whether to import offline.js (its __OFFLINE__ placeholder).
// Three modes:
//   a release build      all of the above;
//   BRIEFING_OFFLINE=0   sw.js is a worker that deletes its caches and unregisters
//                        (scripts/sw-off.template.js), and nothing registers one;
//   trunk serve / debug  no sw.js and no offline.js (TRUNK_PROFILE is not "release").
// Run by hand on a finished build: node scripts/service-worker.mjs DIR (it is
// idempotent: an already written build gets a fresh list and version).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICONS } from './app-icons.mjs';

/** Files the worker never keeps: itself, and the host's header rules (not served). */
export const NOT_KEPT = ['sw.js', '_headers'];

/** Every file in the build, as URL paths relative to the build's root, sorted. */
export function filesIn(dir, sub = '') {
  const out = [];
  for (const name of readdirSync(join(dir, sub)).sort()) {
    const rel = sub ? `${sub}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...filesIn(dir, rel));
    else out.push(rel);
  }
  return sub ? out : out.sort();
}

/** Folders it never keeps: the deep-link build (public/boot.js never loads it in a
 * page the worker controls, which has the app and the views module kept). */
export const NOT_KEPT_UNDER = ['deep/'];

/** What sw.js keeps: every file in the build but NOT_KEPT, URL-encoded. */
export function precacheList(dir) {
  return filesIn(dir).filter((f) => !NOT_KEPT.includes(f) && !NOT_KEPT_UNDER.some((d) => f.startsWith(d)))
    .map((f) => f.split('/').map(encodeURIComponent).join('/'));
}

/** The version: a hash of every kept file's name and content. */
export function versionOf(dir, files) {
  const h = createHash('sha256');
  for (const f of files) h.update(`${f}\0${createHash('sha256').update(readFileSync(join(dir, decodeURIComponent(f)))).digest('hex')}\n`);
  return h.digest('hex').slice(0, 16);
}

/** The list sw.js was written with (for the test that it equals the build). */
export function listInWorker(dir) {
  const m = readFileSync(join(dir, 'sw.js'), 'utf8').match(/const FILES = (\[.*?\]);/s);
  if (!m) throw new Error('sw.js has no FILES list');
  return JSON.parse(m[1]);
}

const template = (name) => readFileSync(new URL(name, import.meta.url), 'utf8')
  // Comment lines are for this repository, not for every reader.
  .split('\n').filter((l) => !/^\s*\/\//.test(l)).join('\n');

export function mode(env = process.env) {
  if (env.TRUNK_PROFILE && env.TRUNK_PROFILE !== 'release') return 'dev';
  return env.BRIEFING_OFFLINE === '0' ? 'off' : 'on';
}

/** Sets loader.js's __OFFLINE__ (or an earlier value) to `url`; the embed's loader gets ''. */
function tellLoader(dir, url) {
  const set = (file, value) => {
    const path = join(dir, file);
    if (!existsSync(path)) return;
    const js = readFileSync(path, 'utf8');
    const next = js.replace(/const OFFLINE = '[^']*';/, `const OFFLINE = '${value}';`);
    if (next === js && !js.includes(`const OFFLINE = '${value}';`)) throw new Error(`service-worker: no OFFLINE line in ${file}`);
    writeFileSync(path, next);
  };
  set('loader.js', url);
  set('embed/loader.js', '');
}

export function build(dir, env = process.env) {
  const m = mode(env);
  for (const [name, draw] of Object.entries(ICONS)) writeFileSync(join(dir, name), draw());
  if (m === 'dev') {
    rmSync(join(dir, 'sw.js'), { force: true });
    rmSync(join(dir, 'offline.js'), { force: true });
    tellLoader(dir, '');
    console.log('service-worker: a dev build, no service worker');
    return;
  }
  if (m === 'off') {
    rmSync(join(dir, 'offline.js'), { force: true });
    tellLoader(dir, '');
    writeFileSync(join(dir, 'sw.js'), template('./sw-off.template.js'));
    console.log('service-worker: BRIEFING_OFFLINE=0, wrote sw.js that unregisters itself and deletes its caches');
    return;
  }
  writeFileSync(join(dir, 'offline.js'), template('./offline.template.js'));
  tellLoader(dir, './offline.js');
  const files = precacheList(dir);
  const version = versionOf(dir, files);
  const sw = template('./sw.template.js').replace('__VERSION__', version).replace('__FILES__', JSON.stringify(files));
  writeFileSync(join(dir, 'sw.js'), sw);
  const bytes = files.reduce((n, f) => n + statSync(join(dir, decodeURIComponent(f))).size, 0);
  console.log(`service-worker: (TRUNK_PROFILE=${env.TRUNK_PROFILE || 'unset'}) wrote sw.js, version ${version}, keeping ${files.length} files (${(bytes / 1024).toFixed(1)} KB raw)`);
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('usage: node scripts/service-worker.mjs DIR');
  build(dir);
}
