import { expect, test } from '@playwright/test';
import { features } from '../../src/schemas/features';
import { levelDisplay, statementFor } from '../../src/lib/support';
import { loadProfiles } from './support/content';

// Each profile page shows exactly the support levels its data holds, as text,
// with a source link wherever the data has one.
for (const { slug, data } of loadProfiles()) {
  test(`/frameworks/${slug}/ shows every feature's level and source from the data`, async ({ page }) => {
    await page.goto(`frameworks/${slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.name);
    for (const feature of features) {
      const row = page.locator(`#feature-${feature.key}`);
      const statement = statementFor(data, feature.key);
      await expect(row.locator('td').first()).toContainText(levelDisplay[statement.level].label);
      if (statement.source) {
        await expect(row.locator('a.source')).toHaveAttribute('href', statement.source);
      }
    }
    await expect(page.locator('#fact-license a.source')).toHaveAttribute('href', data.license.source);
  });
}
