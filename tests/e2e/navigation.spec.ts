import { expect, test } from '@playwright/test';
import { loadProfiles } from './support/content';

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
