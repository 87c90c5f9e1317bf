import { expect, test } from '@playwright/test';
import { features } from '../../src/schemas/features';
import { languagesOf } from '../../src/lib/profiles';
import { levelDisplay, statementFor } from '../../src/lib/statements';
import { supportLevels } from '../../src/schemas/support';
import { loadProfiles } from './support/content';

const profiles = loadProfiles();

for (const feature of features.filter((_, i) => i % 5 === 0)) {
  test(`/features/${feature.key}/ groups every profile under its level`, async ({ page }) => {
    await page.goto(`features/${feature.key}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(feature.name);
    for (const level of supportLevels) {
      const expected = profiles
        .filter((p) => statementFor(p.data, feature.key).level === level)
        .map((p) => p.data.name)
        .sort();
      const section = page.locator(`section:has(h2#level-${level})`);
      if (expected.length === 0) {
        await expect(section).toHaveCount(0);
        continue;
      }
      await expect(section.getByRole('heading', { level: 2 })).toContainText(levelDisplay[level].label);
      const shown = (await section.locator('li > a').allTextContents()).sort();
      expect(shown).toEqual(expected);
    }
  });
}

test('the feature matrix filters by language and kind, and keeps the filter in the URL', async ({ page }) => {
  await page.goto('features/');
  const rows = page.locator('.matrix tbody tr');
  await expect(rows).toHaveCount(profiles.length);
  await expect(page.locator('#matrix-count')).toHaveText(
    new RegExp(`^${profiles.length} of ${profiles.length} profiles`),
  );
  const language = 'Go';
  await page.getByLabel('Language').selectOption(language);
  const expected = profiles.filter((p) => languagesOf(p.data).includes(language)).length;
  await expect(page.locator('.matrix tbody tr:visible')).toHaveCount(expected);
  await expect(page.locator('#matrix-count')).toHaveText(new RegExp(`^${expected} of ${profiles.length} profiles`));
  await expect(page).toHaveURL(/language=Go/);
  await page.reload();
  await expect(page.locator('.matrix tbody tr:visible')).toHaveCount(expected);
  await page.getByLabel('Language').selectOption('');
  await page.getByLabel('Kind').selectOption('platform');
  await expect(page.locator('.matrix tbody tr:visible')).toHaveCount(
    profiles.filter((p) => p.data.kind === 'platform').length,
  );
});
