import { expect, test } from './support/test';
import { features } from '../../src/schemas/features';
import { statementFor } from '../../src/lib/statements';
import { loadProfiles } from './support/content';
import { attributeValues, featureRows } from './support/html';
import { sitemapPaths } from './support/site';

const profiles = loadProfiles();
const bySlug = new Map(profiles.map((p) => [p.slug, p]));

/** The README's bound: same-language pairs only in language groups of up to 8 profiles. */
const LARGEST_PAIRED_GROUP = 8;

// Which pairs deserve a page, worked out here from the data and the README's rule: the same primary language
// (when at most LARGEST_PAIRED_GROUP profiles share it), or listed as an alternative either way.
function expectedPairs(): string[] {
  const pairs = new Set<string>();
  const primary = (slug: string) => {
    const d = bySlug.get(slug)!.data;
    return d.kind === 'framework' ? d.languages[0] : undefined;
  };
  const groupSize = (language: string) => profiles.filter((p) => primary(p.slug) === language).length;
  for (const a of profiles) {
    for (const b of profiles) {
      if (a.slug >= b.slug) continue;
      const language = primary(a.slug);
      const sameLanguage =
        language !== undefined && language === primary(b.slug) && groupSize(language) <= LARGEST_PAIRED_GROUP;
      const alternative = a.data.alternatives.includes(b.slug) || b.data.alternatives.includes(a.slug);
      if (sameLanguage || alternative) pairs.add(`${a.slug}-vs-${b.slug}`);
    }
  }
  return [...pairs].sort();
}

test('there is one pair page per related pair, and its cells agree with the data', async ({ request }) => {
  test.setTimeout(120_000);
  const built = sitemapPaths()
    .map((p) => /^compare\/(.+-vs-.+)\/$/.exec(p)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort();
  expect(built).toEqual(expectedPairs());

  for (const slug of built) {
    const [a, b] = slug.split('-vs-').map((s) => bySlug.get(s)!);
    const html = await (await request.get(`compare/${slug}/`)).text();
    expect(html).toContain(`>${a!.data.name} vs ${b!.data.name}</h1>`);
    const rows = featureRows(html);
    for (const feature of features) {
      const row = rows.get(feature.key) ?? '';
      const levels = attributeValues(row, 'class').flatMap((c) => /^level level-(.+)$/.exec(c)?.[1] ?? []);
      expect(levels, `${slug} ${feature.key}`).toEqual([
        statementFor(a!.data, feature.key).level,
        statementFor(b!.data, feature.key).level,
      ]);
    }
  }
});

test('build a comparison by keyboard, share its URL, reload it, show only differences', async ({ page }) => {
  const [first, second, third] = profiles.slice(0, 3);
  await page.goto('compare/');
  const input = page.getByRole('combobox', { name: /Add a framework/ });
  for (const p of [first!, second!, third!]) {
    await input.focus();
    await page.keyboard.type(p.data.name);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText(`Added ${p.data.name}`);
  }
  await expect(page).toHaveURL(new RegExp(`compare/\\?with=${first!.slug},${second!.slug},${third!.slug}$`));
  const headers = page.locator('#compare-table thead th');
  await expect(headers).toHaveText(['Fact or feature', first!.data.name, second!.data.name, third!.data.name]);

  // Cells agree with the data.
  for (const feature of features) {
    const cells = page.locator(`#compare-table #feature-${feature.key} td`);
    const expected = [first!, second!, third!].map((p) => statementFor(p.data, feature.key).level);
    for (const [i, level] of expected.entries())
      await expect(cells.nth(i).locator('.level')).toHaveClass(`level level-${level}`);
  }

  // Only differences: rows where all three agree disappear.
  const same = features.filter(
    (f) => new Set([first!, second!, third!].map((p) => statementFor(p.data, f.key).level)).size === 1,
  );
  await page.getByRole('checkbox', { name: 'Show only differences' }).focus();
  await page.keyboard.press('Space');
  for (const f of same) await expect(page.locator(`#compare-table #feature-${f.key}`)).toBeHidden();

  await page.reload();
  await expect(headers).toHaveCount(4);

  await page.getByRole('button', { name: `Remove ${second!.data.name}` }).click();
  // "Only differences" is kept in the URL since issue 16.
  await expect(page).toHaveURL(new RegExp(`with=${first!.slug},${third!.slug}&diff=only$`));
  await page.goBack();
  await expect(headers).toHaveCount(4);
});

test('unknown slugs in the URL are named, and the valid rest still shows', async ({ page }) => {
  const [a, b] = profiles;
  await page.goto(`compare/?with=${a!.slug},no-such-framework,${b!.slug}`);
  await expect(page.getByRole('status')).toContainText('“no-such-framework”');
  await expect(page.locator('#compare-table thead th')).toHaveCount(3);
});

test('compare pages stay within a 360 px screen; only the table scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const [a, b, c] = profiles;
  for (const path of [
    `compare/?with=${a!.slug},${b!.slug},${c!.slug}`,
    `compare/${expectedPairs()[0]!}/`,
    'features/',
  ]) {
    await page.goto(path);
    await expect(page.locator('table').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/compare/ lists the pair pages and links the feature matrix', async ({ page }) => {
    await page.goto('compare/');
    await expect(page.getByText('The compare builder needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'feature matrix' })).toBeVisible();
    await expect(page.locator('.pairs li')).toHaveCount(expectedPairs().length);
  });
});
