// The page's side of offline use, written to dist/offline.js by
// scripts/service-worker.mjs and imported by loader.js once the app has started
// (release builds only, never in the embed). It registers sw.js and shows two
// notices, drawn with DOM calls (text only) under the site header:
//   - "A newer version of this briefing is available · Reload" when a new
//     deployment's worker is waiting. Nothing changes until the reader presses
//     Reload: then the waiting worker takes over and this page reloads, once.
//   - while the network is gone, that this is the copy saved on this device and
//     its "as of" date (read from the header the app drew).
const sw = navigator.serviceWorker;
let reloading = false;

function region() {
  let r = document.getElementById('offline-notices');
  if (!r) {
    r = document.createElement('div');
    r.id = 'offline-notices';
    r.className = 'offline-notices';
    // One polite live region, present before any notice goes in, so each is announced.
    r.setAttribute('role', 'status');
    const header = document.querySelector('body > header.site-header');
    if (header) header.after(r);
    else document.body.prepend(r);
  }
  return r;
}

function notice(id, build) {
  let n = document.getElementById(id);
  if (!n) {
    n = document.createElement('div');
    n.id = id;
    n.dataset.testid = id;
    build(n);
    region().append(n);
  }
  return n;
}

function asOf() {
  const text = document.querySelector('.site-header .as-of')?.textContent || '';
  return text.replace(/^\s*as of\s*/i, '').trim();
}

function showOffline(on) {
  const old = document.getElementById('offline-notice');
  if (!on) return old?.remove();
  notice('offline-notice', (n) => {
    n.className = 'notice offline-notice';
    const date = asOf();
    n.textContent = `You are offline. This is the copy of the briefing saved on this device${date ? `, as of ${date}` : ''}.`;
  });
}

function showUpdate(reg) {
  notice('update-notice', (n) => {
    n.className = 'notice update-notice';
    const text = document.createElement('span');
    text.textContent = 'A newer version of this briefing is available';
    const sep = document.createElement('span');
    sep.setAttribute('aria-hidden', 'true');
    sep.textContent = ' · ';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button primary';
    button.textContent = 'Reload';
    button.addEventListener('click', () => {
      const waiting = reg.waiting;
      if (!waiting) return location.reload();
      reloading = true;
      button.disabled = true;
      waiting.postMessage({ type: 'skip-waiting' });
    });
    const line = document.createElement('p');
    line.append(text, sep, button);
    n.append(line);
  });
}

region();
addEventListener('offline', () => showOffline(true));
addEventListener('online', () => showOffline(false));
if (!navigator.onLine) setTimeout(() => showOffline(!navigator.onLine), 100);

// Chromium sends no <a download> request through the worker, so offline the dataset
// and schema downloads would fail: while a worker controls the page, such a link to
// this site is fetched (the worker answers from its copy) and saved from a Blob.
document.addEventListener('click', (event) => {
  const a = event.target instanceof Element ? event.target.closest('a[download][href]') : null;
  if (!a || !sw.controller || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey ||
    event.shiftKey || event.altKey || a.protocol === 'blob:' || a.origin !== location.origin) return;
  event.preventDefault();
  fetch(a.href)
    .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
    .then((blob) => {
      const url = URL.createObjectURL(blob);
      const save = document.createElement('a');
      save.href = url;
      save.download = a.getAttribute('download') || '';
      document.body.append(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
    })
    .catch(() => { location.href = a.href; });
});

// Only the tab whose reader pressed Reload reloads; other tabs keep their page.
sw.addEventListener('controllerchange', () => {
  if (reloading) location.reload();
});

try {
  const reg = await sw.register('./sw.js', { scope: './' });
  // A worker that finished installing while an older one controls this page is a
  // new deployment, waiting for the reader.
  const watch = (worker) => worker?.addEventListener('statechange', () => {
    if (worker.state === 'installed' && sw.controller) showUpdate(reg);
  });
  if (reg.waiting && sw.controller) showUpdate(reg);
  watch(reg.installing);
  reg.addEventListener('updatefound', () => watch(reg.installing));
  // Long readings: look for a new deployment when the network comes back, and hourly.
  const check = () => navigator.onLine && reg.update().catch(() => {});
  addEventListener('online', check);
  setInterval(check, 60 * 60 * 1000);
} catch (e) {
  // Private modes and some managed browsers refuse workers: the briefing still runs online.
  console.warn('The briefing could not be kept for offline use:', e && e.message ? e.message : e);
}
