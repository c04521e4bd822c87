// Written to dist/sw.js instead of the service worker when a build turns offline
// use off (BRIEFING_OFFLINE=0 make dist). A reader who kept an earlier deployment gets this
// worker at the browser's next update check: it deletes this scope's caches and
// unregisters itself, so the next visit comes from the network. No page is
// reloaded; the open one keeps running and its requests go to the network.
const PREFIX = `briefing ${new URL('./', self.location).href} `;
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX)).map((k) => caches.delete(k))))
    .then(() => self.registration.unregister()));
});
