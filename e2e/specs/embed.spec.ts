// Issue 17: the embed in a news article on another origin, under the real
// header rules (e2e/serve.mjs applies public/_headers per path). The fixture
// fails every test on a console error or a CSP violation, in the page or its frames.
import { test, expect } from './fixtures';
import {
  Host, STATE, briefingOrigin, snippetFor, frameOf, expectDeepLinkedState, expectOpenFull, expectResizes,
} from './embed-host';

const host = new Host();
test.beforeAll(() => host.start());
test.afterAll(() => host.stop());

test('the snippet: a titled iframe for the state on screen, and the resize script', async ({ briefing }) => {
  const html = await snippetFor(briefing, STATE, 'timeline', { nav: true });
  expect(html).toContain(`src="${briefingOrigin}/briefing/embed/?${STATE.replace('&', '&amp;')}&amp;nav=1"`);
  expect(html).toMatch(/ title="[^"<>]+: Timeline \(interactive briefing\)"/);
  expect(html).toContain(`<script src="${briefingOrigin}/briefing/embed.js" async></script>`);
  const fixed = await snippetFor(briefing, STATE, 'actors', { fixed: 640 });
  expect(fixed).toContain('height="640"');
  expect(fixed).toContain('embed/?view=actors&amp;');
  expect(fixed).not.toContain('<script');
  // Copy falls back to selecting the text when the clipboard refuses (no permission here).
  const page = briefing.page;
  await page.getByTestId('copy-embed').click();
  await expect(page.getByTestId('copy-embed-status')).toHaveText(/Copied|Could not copy/);
  if ((await page.getByTestId('copy-embed-status').textContent())!.startsWith('Could not')) {
    await expect(page.getByTestId('embed-code')).toBeFocused();
  }
});

test('the embed in a host page: deep-linked state, height, the full briefing, reload', async ({ briefing, page }) => {
  const html = await snippetFor(briefing, STATE, 'timeline');
  await page.goto(host.page('article', html));
  await expectDeepLinkedState(page);
  await expectResizes(page);
  await expectOpenFull(page, 'q=zzzz%20no%20such%20words');
  // The state is the frame's own URL: reload inside the frame keeps it.
  const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
  expect(new URL(frame.url()).searchParams.get('q')).toBe('zzzz no such words');
  await frame.evaluate(() => location.reload());
  await expect(frameOf(page).getByRole('searchbox', { name: 'Search events' })).toHaveValue('zzzz no such words');
});

test('the view switcher is there only when the snippet asks for it, and works inside', async ({ briefing, page }) => {
  await page.goto(host.page('plain', await snippetFor(briefing, STATE, 'timeline')));
  await expect(frameOf(page).locator('main#main')).toHaveAttribute('data-view', 'timeline');
  await expect(frameOf(page).getByRole('navigation', { name: 'Views' })).toHaveCount(0);
  await page.goto(host.page('nav', await snippetFor(briefing, STATE, 'timeline', { nav: true })));
  const views = frameOf(page).getByRole('navigation', { name: 'Views' });
  await views.getByRole('link', { name: 'Actors', exact: true }).click();
  await expect(frameOf(page).locator('main#main')).toHaveAttribute('data-view', 'actors');
  const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
  expect(new URL(frame.url()).searchParams.get('nav')).toBe('1');
  const full = await frameOf(page).getByRole('link', { name: 'Open the full briefing' }).getAttribute('href');
  expect(full).not.toContain('nav=');
  expect(full).toContain('view=actors');
});

test('an embed of the Map view fetches its module from one folder up and draws the map', async ({ briefing, page }) => {
  await page.goto(host.page('map', await snippetFor(briefing, 'pl=pl-kabul', 'map')));
  const frame = frameOf(page);
  await expect(frame.locator('main#main')).toHaveAttribute('data-view', 'map');
  await expect(frame.locator('svg.map-svg g.place[data-place-id="pl-kabul"]')).toBeVisible();
  await expect(frame.locator('#map-panel h2')).toContainText('Kabul');
});

test('a fixed-height snippet keeps its height without the script', async ({ briefing, page }) => {
  await page.goto(host.page('fixed', await snippetFor(briefing, STATE, 'timeline', { fixed: 500 })));
  await expectDeepLinkedState(page);
  await page.waitForTimeout(300);
  expect(await page.locator('iframe[data-briefing-embed]').evaluate((f) => f.getBoundingClientRect().height)).toBe(500);
});

test('focus is never trapped in the frame: Tab goes through it and out', async ({ briefing, page }) => {
  // A search that matches nothing keeps the frame's Tab stops few (the full Narratives view
  // has hundreds of links since source ids in prose became links); the trap, if any, is the same.
  await page.goto(host.page('focus', await snippetFor(briefing, STATE, 'timeline')));
  await expect(frameOf(page).locator('main#main')).toHaveAttribute('data-view', 'timeline');
  await page.locator('#before').focus();
  let out = false;
  // Every link in the frame is a Tab stop: go through as many as it has, and a few more.
  const stops = await frameOf(page).locator('a[href], button, input, select, textarea, [tabindex="0"]').count();
  for (let i = 0; i < stops + 20 && !out; i++) {
    await page.keyboard.press('Tab');
    out = await page.evaluate(() => document.activeElement?.id === 'after');
  }
  expect(out, 'Tab reached the button after the frame').toBe(true);
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('iframe[data-briefing-embed]')).toBeFocused();
});

test('only the embed may be framed: the full briefing refuses', async ({ page, consoleErrors, request }) => {
  const main = await request.get(`${briefingOrigin}/briefing/?view=actors`);
  expect(main.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'$/);
  const embed = await request.get(`${briefingOrigin}/briefing/embed/?view=actors`);
  const policy = embed.headers()['content-security-policy'];
  expect(policy).toMatch(/frame-ancestors \*$/);
  expect(policy.match(/default-src/g), 'one policy, not two merged').toHaveLength(1);
  // Everything but frame-ancestors is the same policy.
  expect(policy.replace(/frame-ancestors .*$/, '')).toBe(main.headers()['content-security-policy'].replace(/frame-ancestors .*$/, ''));

  await page.goto(host.page('framed-main', `<iframe src="${briefingOrigin}/briefing/?view=actors" title="Full briefing" width="800" height="400"></iframe>`));
  await expect.poll(() => consoleErrors.some((e) => /frame-ancestors/.test(e))).toBe(true);
  const child = page.frames()[1];
  expect(await child.locator('main#main').count()).toBe(0);
  // That refusal is the one expected error.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/frame-ancestors|Refused to (display|frame)/.test(e)));
});
