// Many malformed links: the page still works on each, and says what it dropped.
import { test, expect } from './fixtures';

const bad = [
  '?' + 'q=' + 'x'.repeat(9000),                       // overlong
  '?view=actors&sel=%FF%FE&rel=hostile,%E0%A4%A',       // bad percent-encoding and UTF-8
  '?from=yesterday&to=2025-02-30&sort=1',              // wrong types
  '?view=narratives&topic=nope&side=both,pakistan',    // unknown ids, list where one value goes
  '?open=' + encodeURIComponent('<script>alert(1)</script>'),
  '?kind=&actor=,,,&place=%00&tag=' + 'a'.repeat(600),
  '?view=sources&src=s9&%=%&&&==',
  '?table=yes&at=2025-13&rel=friends',
];

for (const query of bad) {
  test(`a malformed link still opens and explains: ${query.slice(0, 50)}`, async ({ page, briefing }) => {
    await page.goto('./' + query);
    await briefing.ready();
    await expect(page.getByTestId('url-notice')).toBeVisible();
    await expect(page.locator('#error-banner')).toHaveCount(0);
    // The page is usable: the nav works and a view renders its heading.
    await briefing.nav('Timeline').click();
    await expect(page.locator('article.card').first()).toBeVisible();
  });
}
