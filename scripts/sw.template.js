// The service worker, written to dist/sw.js by scripts/service-worker.mjs with the
// exact list of files in the build (FILES, relative to this script) and a version
// hashed from their names and contents (a new deployment, a new version).
//   install   keeps every file in a cache named after the scope and the version;
//   activate  deletes this scope's older caches, then controls open pages;
//   fetch     answers from that cache: a navigation to the page (any query string:
//             the state of every view lives there) gets index.html, one to the
//             embed gets embed/index.html; anything else not in the list, and
//             anything missing from the cache, goes to the network as usual.
// A new version waits until a page posts { type: 'skip-waiting' } (the reader
// pressed Reload in the notice): it never takes over a page mid-reading.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const SCOPE = new URL('./', self.location).href;
const PREFIX = `briefing ${SCOPE} `;
const CACHE = PREFIX + VERSION;
// Trunk's hashes drop leading zeros (15 digits in 1 build of 16).
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;

self.addEventListener('install', (event) => {
  // Hashed files may come from the HTTP cache (their content is their name); every
  // other file is revalidated, so the cache never keeps an older deployment's copy.
  // A host may redirect index.html to the folder: a redirected response can't answer
  // a navigation, so it is kept as a plain copy. One failed file fails the install.
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(FILES.map(async (f) => {
    const response = await fetch(new Request(f, { cache: HASHED.test(f) ? 'default' : 'no-cache' }));
    if (!response.ok) throw new Error(`${f}: ${response.status}`);
    const { status, statusText, headers } = response;
    await cache.put(f, response.redirected ? new Response(await response.blob(), { status, statusText, headers }) : response);
  }))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  let path = new URL(request.url).pathname.slice(new URL(SCOPE).pathname.length);
  if (request.mode === 'navigate') {
    if (path === '' || path === 'index.html') path = 'index.html';
    else if (path === 'embed/' || path === 'embed/index.html') path = 'embed/index.html';
  }
  if (!FILES.includes(path)) return;
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(path))
    .then((kept) => kept || fetch(request)));
});
