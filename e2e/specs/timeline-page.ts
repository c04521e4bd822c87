// Page object for the Timeline view, plus the dataset for computing expectations.
import { expect, Page, APIRequestContext } from '@playwright/test';

export { loadDataset, type Dataset } from './dataset';

export class TimelinePage {
  constructor(public page: Page) {}
  search() { return this.page.getByRole('searchbox', { name: 'Search events' }); }
  cards() { return this.page.locator('article.card'); }
  card(id: string) { return this.page.locator(`article.card[data-event-id="${id}"]`); }
  count() { return this.page.getByTestId('result-count'); }
  facet(param: string) { return this.page.locator(`fieldset.facet[data-facet="${param}"]`); }
  option(param: string, value: string) { return this.facet(param).locator(`input[data-value="${value}"]`); }
  optionCount(param: string, value: string) {
    return this.facet(param).locator('li', { has: this.page.locator(`input[data-value="${value}"]`) }).locator('.facet-count');
  }
  async expectCount(n: number, total: number) {
    await expect(this.count()).toHaveText(n === total ? `${n} events` : `${n} of ${total} events`);
  }
  /** Waits until the rest of the first page is drawn: a new result draws one screen of
   * cards in its first frame and the rest in a task right after that frame. */
  async settled() {
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r)))));
  }
  /** Ids of the rendered cards, in order, once drawing has settled. */
  async ids() {
    await this.settled();
    return this.cards().evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
  }
}
