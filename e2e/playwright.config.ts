import { defineConfig } from '@playwright/test';

const port = Number(process.env.PORT || 4173);
const hostilePort = port + 100;
const launchOptions = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
};

export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  // No service worker in ordinary specs (a kept copy would hide a rebuilt dist/);
  // the offline specs opt in with test.use({ serviceWorkers: 'allow' }).
  use: { viewport: { width: 1280, height: 800 }, launchOptions, serviceWorkers: 'block' },
  projects: [
    // The real briefing, built from data/briefing.json.
    { name: 'briefing', testIgnore: /hostile\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port}/briefing/` } },
    // The same app built from a dataset full of markup and text tricks.
    { name: 'hostile', testMatch: /hostile\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${hostilePort}/briefing/` } },
  ],
  webServer: [
    {
      command: 'node serve.mjs',
      url: `http://127.0.0.1:${port}/briefing/`,
      reuseExistingServer: false,
      env: { PORT: String(port), DIST_DIR: process.env.DIST_DIR || '../dist' },
    },
    {
      command: 'node serve.mjs',
      url: `http://127.0.0.1:${hostilePort}/briefing/`,
      reuseExistingServer: false,
      env: { PORT: String(hostilePort), DIST_DIR: process.env.HOSTILE_DIST_DIR || '../dist-hostile' },
    },
  ],
});
