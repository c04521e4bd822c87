// Shared fixture: every test fails on a console error, an uncaught exception or a
// CSP violation, and gets a small page object for the app shell.
import { test as base, expect, Page } from '@playwright/test';

export class Briefing {
  constructor(public page: Page) {}
  /** Opens the app at a query string (e.g. '?view=actors') and waits for it to start. */
  async open(query = '') {
    await this.page.goto(query ? `./${query.startsWith('?') ? query : '?' + query}` : './');
    await this.ready();
  }
  async ready() {
    await expect(this.page.locator('main#main')).toBeVisible();
    await expect(this.page.getByTestId('view-loading')).toHaveCount(0);
  }
  nav(name: 'Timeline' | 'Actors' | 'Narratives' | 'Sources') {
    return this.page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name, exact: true });
  }
  main() {
    return this.page.locator('main#main');
  }
  query() {
    return new URL(this.page.url()).searchParams;
  }
}

/**
 * Until the app takes over, the page shows its static first screen (index.html,
 * scripts/first-screen.mjs), with the same links and labels as the app. So that a
 * spec never acts on that copy, every navigation waits for the takeover (or for the
 * page to say the app can't run), and for a view of the views module (Map, Actors,
 * Narratives, Sources) to be drawn or to say it could not be loaded.
 * first-screen.spec.ts turns this off to watch it.
 */
export async function settled(page: Page) {
  await page.waitForFunction(() => (!document.querySelector('body > [data-first-screen]') || document.documentElement.classList.contains('no-app')
    || matchMedia('(scripting: none)').matches) && !document.querySelector('[data-testid="view-loading"]'),
    undefined, { timeout: 20_000 });
}

export const test = base.extend<{ briefing: Briefing; consoleErrors: string[]; waitForApp: boolean; appReady: void }>({
  waitForApp: [true, { option: true }],
  appReady: [
    async ({ page, waitForApp }, use) => {
      if (waitForApp) {
        for (const name of ['goto', 'reload', 'goBack', 'goForward'] as const) {
          const real = (page[name] as (...a: unknown[]) => Promise<unknown>).bind(page);
          (page as any)[name] = async (...args: unknown[]) => {
            const response = await real(...args);
            await settled(page);
            return response;
          };
        }
      }
      await use();
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
      });
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  briefing: async ({ page }, use) => {
    await use(new Briefing(page));
  },
});

export { expect };
