// Issue 18: the briefing keeps working with no network after the first visit.
// These specs opt in to service workers (the config blocks them everywhere else)
// and each serves its own copy of dist/ (offline-host.ts), so stopping that server
// takes the network away from the page and from the worker alike.
import { test as base, expect } from './fixtures';
import { Deployment, distDir } from './offline-host';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Each test's own deployment, started before it and removed after it. */
const test = base.extend<{ dep: Deployment }>({
  dep: async ({}, use) => {
    const dep = new Deployment();
    await dep.start();
    await use(dep);
    await dep.dispose();
  },
});
test.use({ serviceWorkers: 'allow' });

const dataset = JSON.parse(readFileSync(join(distDir, 'briefing.json'), 'utf8'));
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const [y, m, d] = dataset.meta.as_of.split('-').map(Number);
const asOf = `${d} ${MONTHS[m - 1]} ${y}`;

/** Waits until the worker is active and controls the page; returns this scope's cache names. */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 15_000 });
  return page.evaluate(() => caches.keys());
}

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), click()]);
  expect(await file.failure()).toBeNull();
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

function filesIn(dir: string, sub = ''): string[] {
  return readdirSync(join(dir, sub)).flatMap((n) => {
    const rel = sub ? `${sub}/${n}` : n;
    return statSync(join(dir, rel)).isDirectory() ? filesIn(dir, rel) : [rel];
  });
}

test('the worker keeps exactly the files in dist/ (but itself, _headers and the deep-link build)', () => {
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const listed: string[] = JSON.parse(sw.match(/const FILES = (\[.*?\]);/s)![1]);
  const files = filesIn(distDir).filter((f) => f !== 'sw.js' && f !== '_headers' && !f.startsWith('deep/')).sort();
  expect(filesIn(distDir).some((f) => /^deep\/briefing-deep-[0-9a-f]+_bg\.wasm$/.test(f))).toBe(true);
  expect([...listed].sort()).toEqual(files);
  expect(files).toEqual(expect.arrayContaining(['index.html', 'loader.js', 'offline.js', 'briefing.json',
    'briefing.schema.json', 'manifest.webmanifest', 'favicon.svg', 'icon-192.png', 'embed/index.html']));
  expect(files.some((f) => /_bg\.wasm$/.test(f))).toBe(true);
  expect(sw).toMatch(/const VERSION = '[0-9a-f]{16}'/);
  // The page registers it; the embed's loader never does.
  expect(readFileSync(join(distDir, 'loader.js'), 'utf8')).toContain("const OFFLINE = './offline.js';");
  expect(readFileSync(join(distDir, 'embed/loader.js'), 'utf8')).toContain("const OFFLINE = '';");
});

test('under trunk serve (a debug profile) the build has no worker and registers none', () => {
  const dep = new Deployment();
  try {
    execFileSync(process.execPath, [join(__dirname, '../../scripts/service-worker.mjs'), dep.dir], {
      env: { ...process.env, TRUNK_PROFILE: 'debug' }, stdio: 'pipe',
    });
    expect(existsSync(join(dep.dir, 'sw.js'))).toBe(false);
    expect(existsSync(join(dep.dir, 'offline.js'))).toBe(false);
    expect(readFileSync(join(dep.dir, 'loader.js'), 'utf8')).toContain("const OFFLINE = '';");
  } finally {
    rmSync(dep.dir, { recursive: true, force: true });
  }
});

test('the worker waits while the reader types, and registers once they pause', async ({ page, dep }) => {
  test.setTimeout(30_000);
  await page.goto(dep.url());
  await page.waitForFunction(() => performance.getEntriesByName('briefing:mounted').length > 0);
  const registrations = () => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length));
  // A key every 400 ms for 4.4 s: each one restarts the loader's 2 s wait.
  const search = page.locator('#timeline-search');
  for (const key of 'khostborder') {
    await search.press(key);
    await page.waitForTimeout(400);
    expect(await registrations()).toBe(0);
  }
  await expect(search).toHaveValue('khostborder');
  // Then the pause: the worker registers and takes the page.
  await controlled(page);
  expect(await registrations()).toBe(1);
});

test('after one visit, every view, deep links and the downloads work with no network', async ({ page, context, dep }) => {
  test.setTimeout(60_000);
  await page.goto(dep.url());
  await expect(page.locator('main#main')).toBeVisible();
  const keys = await controlled(page);
  expect(keys).toEqual([`briefing ${dep.base} ${dep.swVersion()}`]);
  const kept = await page.evaluate(async (k) => (await (await caches.open(k)).keys()).length, keys[0]);
  const listed = JSON.parse(readFileSync(join(dep.dir, 'sw.js'), 'utf8').match(/const FILES = (\[.*?\]);/s)![1]);
  expect(kept).toBe(listed.length);
  await expect(page.getByTestId('offline-notice')).toHaveCount(0);

  // The network goes: the page is told (navigator.onLine), and the server is gone.
  await context.setOffline(true);
  await dep.stop();
  await expect(page.getByTestId('offline-notice')).toBeVisible();

  const deepAsked: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/deep/')) deepAsked.push(r.url()); });
  await page.goto(dep.url('?view=actors&sel=ttp'));
  await expect(page.locator('main#main')).toHaveAttribute('data-view', 'actors');
  await expect(page.locator('svg.network [data-actor-id="ttp"]')).toHaveAttribute('aria-pressed', 'true');
  // A page the worker controls runs the kept app and views module, not the deep-link build.
  expect(deepAsked).toEqual([]);
  await expect(page.locator('#actor-panel')).toContainText(dataset.actors.find((a: { id: string }) => a.id === 'ttp').name);
  const notice = page.getByTestId('offline-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveText(`You are offline. This is the copy of the briefing saved on this device, as of ${asOf}.`);
  await expect(page.locator('#offline-notices')).toHaveAttribute('role', 'status');

  // Every view the switcher offers (a Map view too, once there is one), Sources last.
  const links = page.getByRole('navigation', { name: 'Views' }).getByRole('link');
  const names = await links.allTextContents();
  expect(names).toEqual(expect.arrayContaining(['Timeline', 'Actors', 'Narratives', 'Sources']));
  for (const name of [...names.filter((n) => n !== 'Sources'), 'Sources']) {
    await links.filter({ hasText: name }).click();
    await expect(page.locator('main#main')).toHaveAttribute('data-view', name.toLowerCase());
    await expect(page.locator('main#main h1').first()).toBeVisible();
  }
  const csv = await download(page, () => page.getByTestId('export-csv').click());
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.text.split('\r\n')[0]).toBe('id,date,precision,end_date,kind,phase,title,summary,actors,places,tags,sources');
  for (const e of dataset.events) expect(csv.text).toContain(e.id);
  const data = await download(page, () => page.getByTestId('download-dataset').click());
  expect(data.name).toBe('briefing.json');
  expect(JSON.parse(data.text)).toEqual(dataset);
  const schema = await download(page, () => page.getByTestId('download-schema').click());
  expect(JSON.parse(schema.text).title).toBe('Briefing');

  // A reload of any view, still offline, and the notice again; back online, it goes.
  await page.reload();

  await expect(page.locator('main#main')).toHaveAttribute('data-view', 'sources');
  await expect(page.getByTestId('offline-notice')).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByTestId('offline-notice')).toHaveCount(0);
});

test('a new deployment waits for the reader: a notice, no swap, Reload brings it, the old cache goes', async ({ page, dep }) => {
  test.setTimeout(60_000);
  await page.goto(dep.url('?view=narratives'));
  const [first] = await controlled(page);
  const v1 = dep.swVersion();
  expect(first).toBe(`briefing ${dep.base} ${v1}`);
  await expect(page.getByTestId('update-notice')).toHaveCount(0);

  dep.redeploy('2');
  const v2 = dep.swVersion();
  expect(v2).not.toBe(v1);
  // The browser looks for a new sw.js on navigation; a reload is one (the notice
  // must also appear for a page that stays open: update() is what the hourly check calls).
  await page.evaluate(() => { (window as any).sameDocument = true; });
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
  const notice = page.getByTestId('update-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('A newer version of this briefing is available');
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('#offline-notices').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  // Not swapped: the same document, the old page, the old cache still there.
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as any).sameDocument)).toBe(true);
  await expect(page.locator('meta[name="deployment"]')).toHaveCount(0);
  expect(await page.evaluate(() => caches.keys())).toEqual(expect.arrayContaining([first]));
  // A plain reload keeps the version the page was opened with, and says so again.
  await page.reload();
  await expect(page.locator('main#main')).toHaveAttribute('data-view', 'narratives');
  await expect(page.locator('meta[name="deployment"]')).toHaveCount(0);
  await expect(page.getByTestId('update-notice')).toBeVisible();

  await Promise.all([
    page.waitForEvent('load'),
    page.getByTestId('update-notice').getByRole('button', { name: 'Reload' }).click(),
  ]);
  await expect(page.locator('meta[name="deployment"]')).toHaveAttribute('content', '2');
  await expect(page.locator('main#main')).toHaveAttribute('data-view', 'narratives');
  await expect(page.getByTestId('update-notice')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`briefing ${dep.base} ${v2}`]);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(dep.url('sw.js'));
});

test('turning offline use off (BRIEFING_OFFLINE=0) removes the worker and its caches from readers who had it', async ({ page, dep }) => {
  await page.goto(dep.url());
  expect(await controlled(page)).toHaveLength(1);
  dep.redeploy('off', { BRIEFING_OFFLINE: '0' });
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([]);
  // The next visit comes from the network, and registers nothing.
  await page.reload();
  await expect(page.locator('meta[name="deployment"]')).toHaveAttribute('content', 'off');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});

test('the embed never registers a worker; the page is installable', async ({ page, dep }) => {
  await page.goto(dep.url('embed/?view=actors'));
  await expect(page.locator('main#main')).toHaveAttribute('data-view', 'actors');
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);

  const manifest = await page.request.get(dep.url('manifest.webmanifest'));
  expect(manifest.headers()['content-type']).toBe('application/manifest+json');
  const sw = await page.request.get(dep.url('sw.js'));
  expect(sw.headers()['cache-control']).toBe('no-cache');
  await page.goto(dep.url());
  await controlled(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are incognito ones, where Chromium never offers to install;
  // every other criterion (manifest, icons, worker) is met.
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
  const { url, errors } = await cdp.send('Page.getAppManifest');
  expect(url).toBe(dep.url('manifest.webmanifest'));
  expect(errors).toEqual([]);
});
