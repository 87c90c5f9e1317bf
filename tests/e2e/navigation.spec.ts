import { expect, test } from './support/test';
import { languagesOf } from '../../src/lib/profiles';
import { loadProfiles } from './support/content';
import { statuses } from '../../src/schemas/taxonomy';
import { censusRemovals } from '../../src/lib/views/about-page';

const profiles = loadProfiles();

test('home → profile → section anchor → back', async ({ page }) => {
  await page.goto('./');
  const rows = page.getByRole('table').first().locator('tbody tr');
  await expect(rows).toHaveCount(profiles.length);

  const first = profiles.map((p) => p.data.name).sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))[0]!;
  await page.getByRole('link', { name: first, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first);

  await page.getByRole('link', { name: 'Link to section: Strengths' }).click();
  await expect(page).toHaveURL(/#strengths$/);
  await expect(page.locator('#strengths')).toBeInViewport();

  await page.goBack();
  await expect(page).not.toHaveURL(/#/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backend Atlas');
});

test('the overview table sorts by a column, by keyboard, without a page load', async ({ page }) => {
  await page.goto('./');
  const table = page.getByRole('table').first();
  const header = table.getByRole('columnheader', { name: /First release/ });
  await header.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');

  const years = (await table.locator('tbody tr td:nth-child(5)').allTextContents()).map(Number);
  expect(years).toEqual(profiles.map((p) => p.data.firstRelease.value).sort((a, b) => a - b));

  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const descending = (await table.locator('tbody tr td:nth-child(5)').allTextContents()).map(Number);
  expect(descending).toEqual([...years].reverse());
});

test('pages fit a 360 px screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['./', `frameworks/${profiles[0]!.slug}/`, 'about/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the home table filters by language and kind, and its sort and filters survive a reload', async ({ page }) => {
  await page.goto('./');
  const table = page.getByRole('table').first();
  const visible = table.locator('tbody tr:visible');
  await page.getByLabel('Language').selectOption('Python');
  const python = profiles.filter((p) => languagesOf(p.data).includes('Python'));
  await expect(visible).toHaveCount(python.length);
  await page.getByLabel('Kind').selectOption('framework');
  const pythonFrameworks = python.filter((p) => p.data.kind === 'framework');
  await expect(visible).toHaveCount(pythonFrameworks.length);
  const header = table.getByRole('columnheader', { name: /First release/ });
  await header.getByRole('button').click();
  await header.getByRole('button').click();
  await expect(page).toHaveURL(/language=Python&kind=framework&sort=firstRelease&order=descending/);
  await page.reload();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(visible).toHaveCount(pythonFrameworks.length);
  const years = (await visible.locator('td:nth-child(5)').allTextContents()).map(Number);
  expect(years).toEqual(pythonFrameworks.map((p) => p.data.firstRelease.value).sort((a, b) => b - a));
  await page.goBack();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
});

test('the navigation marks the section a page is in, and the page itself', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const cases = [
    { path: 'features/', section: 'Features', value: 'page' },
    { path: 'features/orm/', section: 'Features', value: 'true' },
    { path: `frameworks/${profiles[0]!.slug}/`, section: 'Frameworks', value: 'true' },
    { path: 'compare/django-vs-flask/', section: 'Compare', value: 'true' },
  ];
  for (const { path, section, value } of cases) {
    await page.goto(path);
    await expect(nav.locator('[aria-current]'), path).toHaveCount(1);
    await expect(nav.getByRole('link', { name: section }), path).toHaveAttribute('aria-current', value);
  }
  await page.goto('lifecycle/');
  await expect(nav.locator('[aria-current]')).toHaveCount(0);
});

test('/about/ counts the profiles and names, with its status, each one not under active development', async ({
  page,
}) => {
  await page.goto('about/');
  const section = page.getByRole('region', { name: 'Which frameworks and platforms are profiled' });
  const frameworks = profiles.filter((p) => p.data.kind === 'framework');
  const languages = new Set(frameworks.flatMap((p) => languagesOf(p.data)));
  await expect(section).toContainText(
    `${profiles.length} profiles: ${frameworks.length} frameworks in ${languages.size} languages`,
  );
  await expect(section).toContainText(`and ${profiles.length - frameworks.length} platforms`);
  const notActive = profiles.filter((p) => p.data.status.value !== 'active');
  expect(notActive.length).toBeGreaterThan(0);
  for (const { slug, data } of notActive) {
    const link = section.getByRole('link', { name: data.name, exact: true });
    await expect(link).toHaveAttribute('href', new RegExp(`frameworks/${slug}/$`));
    await expect(section).toContainText(`${data.name} (${statuses[data.status.value].label.toLowerCase()})`);
  }
  await expect(section).not.toContainText('(active)');
  // Each profile the census removed is one of those not under active development, with the removal cited.
  for (const removal of censusRemovals) {
    const profile = notActive.find((p) => p.slug === removal.slug);
    expect(profile, removal.slug).toBeDefined();
    const source = section.getByRole('link', {
      name: `Source for ${profile!.data.name} removed from the census: github.com`,
    });
    await expect(source).toHaveAttribute('href', removal.source);
    await expect(section).toContainText(`${profile!.data.name} (${removal.date},`);
  }
});
