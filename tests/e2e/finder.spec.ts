import { expect, test, type Page } from '@playwright/test';
import { parseAnswers } from '../../src/lib/finder/answers';
import { finderProfile } from '../../src/lib/finder/finder-data';
import { scoreProfiles } from '../../src/lib/finder/score';
import { loadProfiles } from './support/content';

const profiles = loadProfiles().map(({ slug, data }) => finderProfile({ id: slug, data }));

/** The ranking the page shows: names in order. */
async function shownRanking(page: Page): Promise<string[]> {
  return (await page.locator('#finder-results > li > a').allTextContents()).map((t) => t.trim());
}

/** The ranking the scoring function gives for the page's current URL. */
function expectedRanking(url: string): { names: string[]; excluded: number } {
  const { matches, excluded } = scoreProfiles(profiles, parseAnswers(new URL(url).search));
  return { names: matches.slice(0, 10).map((m) => m.name), excluded: excluded.length };
}

test('answer by keyboard; the ranking equals the scoring function’s, and a shared URL restores it', async ({
  page,
}) => {
  await page.goto('finder/');
  const tick = async (name: string | RegExp) => {
    await page.getByRole('checkbox', { name }).first().focus();
    await page.keyboard.press('Space');
  };
  await tick('Python');
  await tick('TypeScript');
  await page.getByRole('radio', { name: 'A JSON API' }).focus();
  await page.keyboard.press('Space');
  const must = page.getByRole('group', { name: /Must have built in/ });
  await must.getByRole('checkbox', { name: 'ORM' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('radio', { name: 'No, frameworks only' }).focus();
  await page.keyboard.press('Space');

  await expect(page).toHaveURL(/lang=Python,TypeScript&build=api&must=orm&nocode=no/);
  const expected = expectedRanking(page.url());
  await expect(page.locator('#finder-results > li > a')).toHaveText(expected.names);
  await expect(page.locator('#finder-excluded')).toContainText(`${expected.excluded} left out`);
  const first = page.locator('#finder-results > li').first();
  await expect(first).toContainText('Must-haves');

  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  expect(await shownRanking(other)).toEqual(expected.names);
  await expect(other.getByRole('checkbox', { name: 'Python' })).toBeChecked();

  await page.goBack();
  await expect(page).not.toHaveURL(/nocode=no/);
  await expect(page.locator('#finder-results > li > a')).toHaveText(expectedRanking(page.url()).names);

  await page.getByRole('link', { name: 'Compare the top three' }).click();
  await expect(page).toHaveURL(/compare\/\?with=[a-z0-9-]+,[a-z0-9-]+,[a-z0-9-]+$/);
});

test('reset returns to the defaults and lists every profile', async ({ page }) => {
  await page.goto('finder/?lang=Go&must=orm');
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page).toHaveURL(/finder\/$/);
  await expect(page.locator('#finder-excluded')).toHaveText('Nothing left out.');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the finder says so and links to search and the feature matrix', async ({ page }) => {
    await page.goto('finder/');
    await expect(page.getByText('The finder needs JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'search', exact: true })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'feature matrix' })).toBeVisible();
  });
});
