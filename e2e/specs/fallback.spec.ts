// A browser that can't run the app gets a clear page, never a blank one: the static
// first screen under a notice of what is missing, with links to the whole briefing
// as plain HTML and to the dataset (#fallback-notice in index.html; shown by
// loader.js's checks or, without JavaScript, by the stylesheet).
import { test, expect } from './fixtures';
import { expectFallback } from './fallback-page';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first screen shows, with a notice that JavaScript is off and links to the rest', async ({ page }) => {
    await page.goto('./');
    await expectFallback(page, /^JavaScript is turned off in this browser\.$/);
  });
});

test.describe('a browser older than the minimum versions', () => {
  test('without range media queries (Safari 16.3 and older) it gets the same page', async ({ page }) => {
    await page.addInitScript(() => {
      const real = window.matchMedia.bind(window);
      // Such a browser parses "(width >= 0px)" as "not all".
      window.matchMedia = (q: string) => (/[<>]=?/.test(q) ? real('not all') : real(q));
    });
    await page.goto('./');
    await expectFallback(page, /^This browser is older than the briefing needs: it runs in Chrome or Edge 104, Firefox 102, Safari 16\.4/);
  });

  test("without 'wasm-unsafe-eval' (Chrome 96, Firefox 101, Safari 15) it gets the same page", async ({ page, consoleErrors }) => {
    // Such a browser ignores 'wasm-unsafe-eval' in the policy, so it refuses to compile
    // wasm: the same as this browser with the source left out of the policy.
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      // Documents carry the policy; scripts in folders (snippets/, map/) have none to change.
      const csp = headers['content-security-policy'];
      if (csp) headers['content-security-policy'] = csp.replace(" 'wasm-unsafe-eval'", '');
      await route.fulfill({ response, headers });
    });
    await page.goto('./');
    await expectFallback(page, /^This browser is older than the briefing needs/);
    // The refused compile is reported as a CSP violation: expected here, and the only error.
    expect(consoleErrors.length).toBeGreaterThan(0);
    expect(consoleErrors.every((e) => /CSP violation: script-src|wasm|WebAssembly|unsafe-eval/i.test(e))).toBeTruthy();
    consoleErrors.length = 0;
  });

  test('when the wasm fails to load the page says so and still offers the dataset', async ({ page, consoleErrors }) => {
    await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto('./');
    await expectFallback(page, /^The briefing could not start: .+ Reloading the page may help\.$/);
    expect(consoleErrors.length).toBeGreaterThan(0);
    consoleErrors.length = 0;
  });
});

test('where the app runs, the notice is gone and was never shown', async ({ page, briefing }) => {
  const shown: boolean[] = [];
  await page.exposeFunction('__fallbackShown', (v: boolean) => shown.push(v));
  await page.addInitScript(() => {
    // Sample the fallback's visibility on every frame until the app has started.
    const tick = () => {
      const el = document.getElementById('fallback-notice');
      if (el) (window as any).__fallbackShown(el.getClientRects().length > 0);
      if (!document.querySelector('main#main')) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await briefing.open();
  await expect(page.locator('#fallback-notice')).toHaveCount(0);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.every((v) => !v)).toBeTruthy();
});
