import { expect, test } from './support/test';
import { select, selectAll } from 'hast-util-select';
import { features, type FeatureKey } from '../../src/schemas/features';
import { languagesOf } from '../../src/lib/profiles';
import { rubricView } from '../../src/lib/rubric';
import { levelDisplay, statementFor } from '../../src/lib/statements';
import { supportLevels } from '../../src/schemas/support-levels';
import { axeViolations } from './support/axe';
import { loadProfiles } from './support/content';
import { servedDocument, textOf } from './support/document';

const profiles = loadProfiles();

// Feature pages are static: their groups and rubric are read from the served HTML, for every feature.
test('every feature page groups every profile under its level', async ({ request }) => {
  for (const feature of features) {
    const page = await servedDocument(request, `features/${feature.key}/`);
    expect(textOf(select('h1', page)), feature.key).toBe(feature.name);
    for (const level of supportLevels) {
      const expected = profiles
        .filter((p) => statementFor(p.data, feature.key).level === level)
        .map((p) => p.data.name)
        .sort();
      const section = select(`section[aria-labelledby="level-${level}"]`, page);
      if (expected.length === 0) {
        expect(section, `${feature.key}: no ${level} section`).toBeUndefined();
        continue;
      }
      expect(textOf(select('h2', section)), `${feature.key} ${level}`).toContain(levelDisplay[level].label);
      const shown = selectAll('li > a:not(.row-anchor)', section).map(textOf).sort();
      expect(shown, `${feature.key} ${level}`).toEqual(expected);
    }
  }
});

test('every feature page shows its rubric: a rule per level and each borderline case with its decision', async ({
  request,
}) => {
  for (const feature of features) {
    const page = await servedDocument(request, `features/${feature.key}/`);
    const rubric = select('section[aria-labelledby="rubric"]', page);
    expect(textOf(select('#rubric', rubric)), feature.key).toBe('How levels are rated');
    const { levels, borderline } = rubricView(feature.rubric);
    for (const { level, rule } of levels) {
      const entry = select(`#rubric-${level}`, rubric);
      expect(textOf(select('dt', entry)), `${feature.key} ${level}`).toContain(levelDisplay[level].label);
      expect(textOf(select('dd', entry)), `${feature.key} ${level}`).toBe(rule);
    }
    const heading = selectAll('h3', rubric).find((h) => textOf(h) === 'Borderline cases');
    expect(heading, `${feature.key}: a "Borderline cases" heading`).toBeDefined();
    expect(selectAll('li', rubric).map(textOf), feature.key).toEqual(
      borderline.map(({ situation, decision }) => `${situation}: ${decision}`),
    );
  }
});

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

// The matrix's sort rule as the page states it, written out here: by a feature, built in first and unknown last;
// by most features, the count built in or official, then community packages; ties by name.
const rank = (level: string) => supportLevels.indexOf(level as (typeof supportLevels)[number]);
const byName = (a: (typeof profiles)[number], b: (typeof profiles)[number]) =>
  a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base', numeric: true });
const levelOf = (p: (typeof profiles)[number], key: string) => statementFor(p.data, key as FeatureKey).level;

test('the matrix shows the chosen features, sorts rows by one feature or by totals, and keeps both in the URL', async ({
  page,
}) => {
  const [first, second] = [features[0], features.at(-1)!];
  await page.goto(`features/?features=${first.key},${second.key}&sort=${second.key}`);
  const headers = page.locator('.matrix thead th:visible');
  await expect(headers).toHaveText(['Profile', first.name, second.name]);
  await expect(page.locator('.matrix tbody tr').first().locator('td:visible')).toHaveCount(2);
  const names = () => page.locator('.matrix tbody tr th').allTextContents();
  const bySecond = [...profiles].sort(
    (a, b) => rank(levelOf(a, second.key)) - rank(levelOf(b, second.key)) || byName(a, b),
  );
  expect((await names()).map((n) => n.trim())).toEqual(bySecond.map((p) => p.data.name));

  // Drop a feature by its checkbox, then sort by totals over what is shown.
  await page.locator('summary', { hasText: 'Features shown' }).click();
  await page.getByRole('checkbox', { name: second.name, exact: true }).uncheck();
  await expect(page).toHaveURL(new RegExp(`features=${first.key}(&|$)`));
  await expect(headers).toHaveText(['Profile', first.name]);
  await page.getByLabel('Sort rows by').selectOption('total');
  const supported = (p: (typeof profiles)[number], levels: string[]) => Number(levels.includes(levelOf(p, first.key)));
  const byTotal = [...profiles].sort(
    (a, b) =>
      supported(b, ['built-in', 'official-package']) - supported(a, ['built-in', 'official-package']) ||
      supported(b, ['community-package']) - supported(a, ['community-package']) ||
      byName(a, b),
  );
  await expect(page).toHaveURL(/sort=total/);
  expect((await names()).map((n) => n.trim())).toEqual(byTotal.map((p) => p.data.name));

  await page.getByRole('button', { name: 'Show every feature' }).click();
  await expect(headers).toHaveCount(1 + features.length);
  await page.goBack();
  await expect(headers).toHaveCount(2);
});

test('a matrix cell’s note shows on keyboard focus and on hover, and Escape dismisses it', async ({ page }) => {
  const profile = profiles.find((p) => statementFor(p.data, features[0].key).note)!;
  const note = statementFor(profile.data, features[0].key).note!;
  await page.goto('features/');
  const cell = page.locator(`#row-${profile.slug} td`).first().getByRole('link');
  await cell.focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(note);
  await expect(cell).toHaveAttribute('aria-describedby', 'matrix-note');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await page.mouse.move(0, 0);
  await cell.hover();
  await expect(tip).toContainText(note);
});

test('at 390 px the matrix with chosen features is one card per profile, with no axe violation the layout or the scheme causes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`features/?features=${features[0].key},${features[1].key}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.locator('.matrix tbody tr').first().locator('td:visible')).toHaveCount(2);
  // The matrix's markup has its full axe pass at desktop width (pages.spec.ts); here what 390 px can change.
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page, { only: scheme === 'dark' ? 'colour' : 'layout' }), scheme).toEqual([]);
  }
});
