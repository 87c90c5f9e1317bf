import { expect, test } from './support/test';
import { categories, features } from '../../src/schemas/features';
import { levelDisplay, statementFor } from '../../src/lib/statements';
import { loadProfiles } from './support/content';
import { attributeValues, featureRows } from './support/html';

// Each profile page shows exactly the support levels its data holds, with the
// source link wherever the data has one, and its license fact with its source.
test('every profile page shows each feature’s level and source from the data', async ({ request }) => {
  for (const { slug, data } of loadProfiles()) {
    const html = await (await request.get(`frameworks/${slug}/`)).text();
    expect.soft(html, slug).toContain(`>${data.name}</h1>`);
    const rows = featureRows(html);
    for (const feature of features) {
      const row = rows.get(feature.key) ?? '';
      const statement = statementFor(data, feature.key);
      const levels = attributeValues(row, 'class').flatMap((c) => /^level level-(.+)$/.exec(c)?.[1] ?? []);
      expect.soft(levels, `${slug} ${feature.key}: level`).toEqual([statement.level]);
      const sources = attributeValues(row, 'href').filter((href) => href.startsWith('http'));
      // The note's "since" link, where the data has one, comes before the source.
      const expected = [statement.since?.source, statement.source].filter((url) => url !== undefined);
      expect.soft(sources, `${slug} ${feature.key}: since and source`).toEqual(expected);
      expect.soft(row, `${slug} ${feature.key}: a link to the row`).toContain(`href="#feature-${feature.key}"`);
    }
    const license = /<div id="fact-license"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
    expect.soft(attributeValues(license, 'href'), `${slug}: license source`).toContain(data.license.source);
  }
});

test('each section of a profile has one report link, whose issue lists that section’s facts', async ({ page }) => {
  const { slug, data } = loadProfiles().find((p) => p.data.kind === 'framework')!;
  await page.goto(`frameworks/${slug}/`);
  const links = page.getByRole('link', { name: /^Report a wrong fact/ });
  await expect(links).toHaveCount(1 + categories.length);
  const issue = new URL(
    (await page.getByRole('link', { name: 'Report a wrong fact in Key facts' }).getAttribute('href'))!,
  );
  expect(issue.searchParams.get('title')).toBe(`Wrong fact: ${data.name} — Key facts`);
  expect(issue.searchParams.get('body')).toContain(`- [ ] License: ${data.license.value}`);
  for (const category of categories) {
    const link = page.getByRole('link', { name: `Report a wrong fact in ${category.name}` });
    const body = new URL((await link.getAttribute('href'))!).searchParams.get('body') ?? '';
    for (const feature of features.filter((f) => f.category === category.key)) {
      expect
        .soft(body)
        .toContain(`- [ ] ${feature.name}: ${levelDisplay[statementFor(data, feature.key).level].label}`);
    }
  }
});

test('feature tables share one column grid across categories', async ({ page }) => {
  await page.goto(`frameworks/${loadProfiles()[0]!.slug}/`);
  const lefts = await page
    .locator('table.feature-grid')
    .evaluateAll((tables) =>
      tables.map((t) =>
        [...(t as HTMLTableElement).rows[0]!.cells].map((c) => Math.round(c.getBoundingClientRect().left)),
      ),
    );
  expect(lefts.length).toBe(categories.length);
  for (const columns of lefts) expect(columns).toEqual(lefts[0]);
});
