// A host page on a second origin (another port on 127.0.0.1) for the embed specs:
// a tiny server the spec starts, serving pages it is given, under a CSP a careful
// news site might send. Shared steps of embed.spec.ts and embed-sandbox.spec.ts.
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, Page, FrameLocator } from '@playwright/test';
import { Briefing } from './fixtures';

export const briefingOrigin = `http://127.0.0.1:${Number(process.env.PORT || 4173)}`;
/** The sandbox flags the README documents for hosts that sandbox frames. */
export const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
/** A filtered timeline with one card open: the state the specs embed. */
export const STATE = 'kind=airstrike&open=ev-kabul-airstrikes';

export class Host {
  private pages = new Map<string, string>();
  private server?: Server;
  origin = '';

  async start() {
    this.server = createServer((req, res) => {
      const body = this.pages.get(new URL(req.url!, 'http://x').pathname);
      if (!body) return res.writeHead(404).end();
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        // No inline script; frames and scripts only from the briefing.
        'Content-Security-Policy':
          `default-src 'none'; script-src ${briefingOrigin}; frame-src ${briefingOrigin}; style-src 'unsafe-inline'`,
      });
      res.end(body);
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    this.origin = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }
  async stop() {
    await new Promise((done) => this.server?.close(done));
  }
  /** Serves an article with `embed` between two paragraphs; returns its URL. */
  page(name: string, embed: string) {
    this.pages.set(`/${name}`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host article</title></head>
<body style="margin:0 auto;max-width:1100px;padding:16px;font:16px/1.5 Georgia,serif">
<h1>A news article</h1><p>Some text before the briefing. <button id="before">Before</button></p>
${embed}
<p>Some text after the briefing. <button id="after">After</button></p></body></html>`);
    return `${this.origin}/${name}`;
  }
}

/** Opens the full briefing, sets the embed form and returns the snippet it gives. */
export async function snippetFor(briefing: Briefing, state: string, view: string, opts: { fixed?: number; nav?: boolean } = {}) {
  const page = briefing.page;
  await briefing.open(`?view=sources&${state}`);
  const embed = page.getByTestId('embed');
  await embed.getByTestId('embed-view').selectOption(view);
  if (opts.fixed) {
    await embed.getByLabel('Fixed:').check();
    await embed.getByLabel('Fixed height in pixels').fill(String(opts.fixed));
  }
  if (opts.nav) await embed.getByLabel('Include the view switcher').check();
  await expect(embed.getByTestId('embed-code')).toContainText(`embed/?`);
  return (await embed.getByTestId('embed-code').inputValue()).trim();
}

export function frameOf(page: Page): FrameLocator {
  return page.frameLocator('iframe[data-briefing-embed]');
}

export async function frameHeight(page: Page) {
  return page.locator('iframe[data-briefing-embed]').evaluate((f) => Math.round(f.getBoundingClientRect().height));
}

/** The embed's document height, as the frame measures it. */
export async function contentHeight(page: Page) {
  const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

/** The embed shows the state deep-linked in the snippet: the filter and the open card. */
export async function expectDeepLinkedState(page: Page) {
  const frame = frameOf(page);
  await expect(frame.locator('main#main')).toHaveAttribute('data-view', 'timeline');
  const card = frame.locator('article.card[data-event-id="ev-kabul-airstrikes"]');
  await expect(card.getByRole('button', { name: /first on Kabul/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(frame.locator('article.card')).toHaveCount(5);
  // Compact: one title line, no theme toggle, no footer.
  await expect(frame.locator('.embed-title')).toContainText('as of');
  await expect(frame.locator('.theme-toggle, .site-footer')).toHaveCount(0);
}

/** "Open the full briefing" opens a new tab in the same state, without the embed's flags. */
export async function expectOpenFull(page: Page, state: string) {
  const link = frameOf(page).getByRole('link', { name: 'Open the full briefing' });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');
  const href = await link.evaluate((a: HTMLAnchorElement) => a.href);
  expect(href).toBe(`${briefingOrigin}/briefing/?${state}`);
  const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe(`${briefingOrigin}/briefing/?${state}`);
  await expect(tab.locator('main#main')).toHaveAttribute('data-view', 'timeline');
  // The state the reader left the frame in: the search typed inside.
  await expect(tab.getByRole('searchbox', { name: 'Search events' })).toHaveValue(new URL(href).searchParams.get('q') ?? '');
  await expect(tab.locator('.theme-toggle')).toHaveCount(1);
  await tab.close();
}

/** The frame follows its content: it grows and shrinks as the reader filters and searches inside. */
export async function expectResizes(page: Page) {
  const fits = async () => Math.abs((await frameHeight(page)) - (await contentHeight(page)));
  await expect.poll(fits).toBeLessThanOrEqual(1);
  const start = await frameHeight(page);
  expect(start, 'the frame was resized from the snippet\'s 720 px').not.toBe(720);
  const frame = frameOf(page);
  await frame.getByTestId('clear-all').first().click();
  await expect.poll(async () => Math.abs((await frameHeight(page)) - start)).toBeGreaterThan(40);
  await expect.poll(fits).toBeLessThanOrEqual(1);
  const cleared = await frameHeight(page);
  await frame.getByRole('searchbox', { name: 'Search events' }).fill('zzzz no such words');
  await expect.poll(() => frameHeight(page)).toBeLessThan(cleared - 100);
  await expect.poll(fits).toBeLessThanOrEqual(1);
}
