import { expect, test } from './support/test';
import { loadProfiles } from './support/content';
import { basePathURL } from '../../playwright.config';

test.use({ baseURL: basePathURL });

// The site served under a sub-path: navigation, assets and the favicon stay
// under it. (links.spec.ts also runs here and checks every link.)
test('the site works under a base path', async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backend Atlas');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', `${base}favicon.svg`);

  const { data } = loadProfiles()[0]!;
  await page.getByRole('link', { name: data.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`^${baseURL}frameworks/`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.name);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
  await expect(page).toHaveURL(`${baseURL}about/`);
  expect(failed).toEqual([]);
});

test('search works under a base path: the index loads and results link under it', async ({ page, baseURL }) => {
  const go = loadProfiles().filter((p) => p.data.kind === 'framework' && p.data.languages.includes('Go'));
  await page.goto('search/?language=Go');
  await expect(page.locator('#result-count')).toHaveText(new RegExp(`^${go.length} results?$`));
  const hrefs = await page
    .locator('#results .result-title a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toHaveLength(go.length);
  for (const href of hrefs) expect(href).toMatch(new RegExp(`^${new URL(baseURL!).pathname}frameworks/`));
});
