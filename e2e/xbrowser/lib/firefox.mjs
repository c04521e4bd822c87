// Firefox ESR through puppeteer-core over WebDriver BiDi (no geckodriver).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

export async function launchFirefox({ dark = false } = {}) {
  const downloads = mkdtempSync(join(tmpdir(), 'xb-firefox-dl-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      // Downloads go straight to a folder the suite reads, with no dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      // The system colour scheme (prefers-color-scheme) for screenshots.
      'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
    },
  });
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console.error: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message || e}`));
  // BiDi log entries carry console calls and exceptions, not CSP reports: listen for those in the page.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const version = (await browser.version()).replace('firefox/', '');
  return {
    name: 'firefox',
    label: `Firefox ${version}`,
    downloads,
    async goto(url) { await page.goto(url, { waitUntil: 'load' }); },
    eval: (fn, ...args) => page.evaluate(fn, ...args),
    async click(selector) { await page.click(selector); },
    async clickAt(selector) {
      await page.$eval(selector, (e) => e.scrollIntoView({ block: 'center', inline: 'center' }));
      await page.click(selector);
    },
    async type(selector, text) { await page.type(selector, text); },
    async press(key) { await page.keyboard.press(key); },
    // page.goBack() waits for a navigation, and a same-document one (pushState) never comes.
    async back() { await page.evaluate(() => history.back()); },
    async reload() { await page.reload({ waitUntil: 'load' }); },
    async url() { return page.url(); },
    async setSize(width, height) { await page.setViewport({ width, height }); },
    async screenshot(path) {
      const png = Buffer.from(await page.screenshot());
      if (path) writeFileSync(path, png);
      return png;
    },
    takeErrors() { return errors.splice(0); },
    takeWarnings() { return []; },
    async close() { await browser.close(); },
  };
}
