import { expect, test, type Page } from '@playwright/test';
import { features } from '../../src/schemas/features';
import { languagesOf } from '../../src/lib/profiles';
import { statementFor } from '../../src/lib/statements';
import { loadProfiles } from './support/content';

// Expectations come from the content collection, not from the page: for each
// filter combination, the results shown must be exactly the matching profiles.
const profiles = loadProfiles();
type P = (typeof profiles)[number];
const level = (p: P, key: string) => statementFor(p.data, key as (typeof features)[number]['key']).level;
const firstParty = (p: P, key: string) => ['built-in', 'official-package'].includes(level(p, key));
const namesOf = (list: P[]) => list.map((p) => p.data.name).sort();

async function shownNames(page: Page, expectedCount: number): Promise<string[]> {
  const status = page.locator('#result-count');
  await expect(status).toHaveText(
    expectedCount === 0 ? /^No results/ : new RegExp(`\\b${expectedCount} (result|profile)`),
  );
  return (await page.locator('#results .result-title').allTextContents()).map((t) => t.trim()).sort();
}

const cases: { query: string; matches: (p: P) => boolean }[] = [
  { query: 'language=Go', matches: (p) => languagesOf(p.data).includes('Go') },
  {
    query: 'has=orm,websockets',
    matches: (p) => level(p, 'orm') === 'built-in' && level(p, 'websockets') === 'built-in',
  },
  {
    query: 'kind=platform&has=authentication',
    matches: (p) => p.data.kind === 'platform' && level(p, 'authentication') === 'built-in',
  },
  {
    query: 'language=Python,Ruby&offers=websockets',
    matches: (p) => languagesOf(p.data).some((l) => l === 'Python' || l === 'Ruby') && firstParty(p, 'websockets'),
  },
  {
    query: 'license=MIT&architecture=micro',
    matches: (p) => p.data.license.value === 'MIT' && p.data.architecture.value === 'micro',
  },
  {
    query: 'status=active&has=static-typing,dependency-injection',
    matches: (p) =>
      p.data.status.value === 'active' &&
      level(p, 'static-typing') === 'built-in' &&
      level(p, 'dependency-injection') === 'built-in',
  },
];

for (const { query, matches } of cases) {
  test(`search/?${query} shows exactly the profiles whose data matches`, async ({ page }) => {
    const expected = namesOf(profiles.filter(matches));
    await page.goto(`search/?${query}`);
    expect(await shownNames(page, expected.length)).toEqual(expected);
  });
}

test('an empty search lists every profile, sorted by name', async ({ page }) => {
  await page.goto('search/');
  const shown = await shownNames(page, profiles.length);
  expect(shown).toEqual(namesOf(profiles));
});

test('a feature name finds its feature page and the profiles that have it, first-party support first', async ({
  page,
}) => {
  const supporting = profiles.filter((p) => level(p, 'websockets') === 'built-in');
  await page.goto('search/?q=websockets');
  await expect(page.locator('#result-count')).toHaveText(/\d+ results?/);
  const shown = (await page.locator('#results .result-title').allTextContents()).map((t) => t.trim());
  expect(shown).toContain('WebSockets');
  expect(shown).toEqual(expect.arrayContaining(supporting.map((p) => p.data.name)));
  const firstProfile = shown.map((name) => profiles.find((p) => p.data.name === name)).find((p) => p !== undefined);
  expect(firstProfile && firstParty(firstProfile, 'websockets')).toBe(true);
});

test('keyboard only: "/" focuses search, Enter searches, Space ticks a filter, back restores', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search frameworks' })).toBeFocused();
  await page.keyboard.type('database');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/search\/\?q=database$/);
  await expect(page.locator('#search-query')).toHaveValue('database');

  const language = 'Python';
  const box = page.getByRole('checkbox', { name: new RegExp(`^${language}`) });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(new RegExp(`language=${language}`));
  await expect(box).toBeChecked();

  await page.goBack();
  await expect(page).not.toHaveURL(/language=/);
  await expect(box).not.toBeChecked();
  await page.goForward();
  await expect(box).toBeChecked();
});

test('no results: names the filters to drop, with how many results each gives', async ({ page }) => {
  // A language and a feature that each match something, but never together.
  const languages = [...new Set(profiles.flatMap((p) => languagesOf(p.data)))];
  const pair = languages
    .flatMap((language) => features.map((f) => ({ language, key: f.key })))
    .find(({ language, key }) => {
      const inLanguage = profiles.filter((p) => languagesOf(p.data).includes(language));
      return (
        inLanguage.length > 0 &&
        !inLanguage.some((p) => level(p, key) === 'built-in') &&
        profiles.some((p) => level(p, key) === 'built-in')
      );
    });
  test.skip(!pair, 'every language has every feature somewhere');
  const { language, key } = pair!;
  await page.goto(`search/?language=${encodeURIComponent(language)}&has=${key}`);
  await shownNames(page, 0);
  const inLanguage = profiles.filter((p) => languagesOf(p.data).includes(language)).length;
  const drop = page.getByRole('button', { name: new RegExp(`Remove “.+” \\(built in\\): ${inLanguage} results?`) });
  await drop.click();
  expect(await shownNames(page, inLanguage)).toHaveLength(inLanguage);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says so and links to the feature and language pages', async ({ page }) => {
    await page.goto('search/');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'feature matrix' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'frameworks by language' })).toBeVisible();
    await expect(page.locator('#search-form')).toBeHidden();
  });
});
