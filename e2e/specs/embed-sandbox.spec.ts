// Issue 17: the same embed in a host that sandboxes its frames with the flags the
// README documents (allow-scripts allow-same-origin allow-popups
// allow-popups-to-escape-sandbox). Console errors and CSP violations fail (fixture).
import { test, expect } from './fixtures';
import { Host, SANDBOX, STATE, briefingOrigin, snippetFor, frameOf, expectDeepLinkedState, expectOpenFull, expectResizes } from './embed-host';

const host = new Host();
test.beforeAll(() => host.start());
test.afterAll(() => host.stop());

test('a sandboxed frame with the documented flags: state, height, the full briefing', async ({ briefing, page }) => {
  const html = (await snippetFor(briefing, STATE, 'timeline')).replace('<iframe ', `<iframe sandbox="${SANDBOX}" `);
  await page.goto(host.page('sandboxed', html));
  await expect(page.locator('iframe[data-briefing-embed]')).toHaveAttribute('sandbox', SANDBOX);
  await expectDeepLinkedState(page);
  // Storage and the theme: with the system in dark mode, the frame follows it.
  await expectResizes(page);
  await expectOpenFull(page, 'q=zzzz%20no%20such%20words');
  // The tab opened from the sandbox escaped it: the full briefing runs normally there.
  expect(await frameOf(page).locator('main#main').count()).toBe(1);
  expect(briefingOrigin).toContain('127.0.0.1');
});
