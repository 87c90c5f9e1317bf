import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { features, type FeatureKey } from '../../src/schemas/features';
import type { ProfileData } from '../../src/schemas/profile';
import { statementFor } from '../../src/lib/statements';
import { axeViolations } from './support/axe';
import { buildDay } from '../../src/integrations/site-options';
import { loadProfiles } from './support/content';

const profiles = loadProfiles();
const byName = new Map(profiles.map((p) => [p.data.name, p.data]));

/** The ranking the page shows: names in order. */
async function shownRanking(page: Page): Promise<string[]> {
  return (await page.locator('#finder-results > li > a').allTextContents()).map((t) => t.trim());
}

// The rules of the About-the-ranking section, written out here from the data (not through the scoring code):
// Python or TypeScript frameworks only, ORM must be built in, a JSON API adds three nice-to-haves.
const mustPoints = { 'built-in': 10, 'official-package': 6, 'community-package': 2, none: 0, unknown: 0 };
const nicePoints = { 'built-in': 3, 'official-package': 2, 'community-package': 1, none: 0, unknown: 0 };
const apiNice: FeatureKey[] = ['rest-serialization', 'validation', 'openapi'];
function expectedRanking(): { names: string[]; excluded: number } {
  const kept = profiles.filter(
    ({ data }) => data.kind === 'framework' && data.languages.some((l) => l === 'Python' || l === 'TypeScript'),
  );
  const complete = kept.filter(({ data }) => statementFor(data, 'orm').level === 'built-in');
  const points = (d: ProfileData) =>
    mustPoints[statementFor(d, 'orm').level] +
    apiNice.reduce((sum, k) => sum + nicePoints[statementFor(d, k).level], 0);
  const names = complete
    .sort(
      (a, b) =>
        points(b.data) - points(a.data) || a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' }),
    )
    .map((p) => p.data.name);
  return { names: names.slice(0, 10), excluded: profiles.length - kept.length };
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
  const expected = expectedRanking();
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
  // Platforms are allowed again: one programmed in Python or TypeScript (its SDKs or functions) competes with
  // the frameworks; one without recorded languages ranks after every framework.
  const shown = await shownRanking(page);
  const programmedIn = (n: string) => {
    const d = byName.get(n);
    if (d?.kind !== 'platform') return undefined;
    return [...(d.sdkLanguages?.value ?? []), ...(d.functionLanguages?.value ?? [])];
  };
  const lastFramework = shown.map((n) => byName.get(n)?.kind).lastIndexOf('framework');
  const unplaced = shown.filter((n, i) => i < lastFramework && programmedIn(n)?.length === 0);
  expect(unplaced).toEqual([]);

  await page.getByRole('link', { name: 'Compare the top three' }).click();
  await expect(page).toHaveURL(/compare\/\?with=[a-z0-9-]+,[a-z0-9-]+,[a-z0-9-]+$/);
});

// Premise changed by design (issue 16): with no answer the finder asks instead of ranking every profile at 100 %.
test('before any answer, and after reset, the finder shows a prompt, not a ranking', async ({ page }) => {
  await page.goto('finder/?lang=Go&must=orm');
  await expect(page.locator('#finder-results > li, #finder-missing > li').first()).toBeVisible();
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page).toHaveURL(/finder\/$/);
  await expect(page.getByRole('status')).toContainText('Answer any question');
  await expect(page.locator('#finder-results > li')).toHaveCount(0);
});

test('no result missing a must-have ranks above one that has them all; a language holds for platforms', async ({
  page,
}) => {
  const must: FeatureKey[] = ['websockets'];
  await page.goto(`finder/?lang=Go&build=realtime&must=${must.join(',')}`);
  const level = (name: string, key: FeatureKey) => statementFor(byName.get(name)!, key).level;
  const complete = await shownRanking(page);
  for (const name of complete) for (const k of must) expect(level(name, k), name).toBe('built-in');
  const below = (await page.locator('#finder-missing > li > a').allTextContents()).map((t) => t.trim());
  for (const name of below)
    expect(
      must.some((k) => level(name, k) !== 'built-in'),
      name,
    ).toBe(true);
  await expect(page.getByRole('heading', { name: /Missing a must-have/ })).toHaveCount(below.length > 0 ? 1 : 0);
  // Every framework shown is in Go; a platform is shown only if it is programmed in Go, or after the Go frameworks.
  for (const list of [complete, below]) {
    let platformSeen = false;
    for (const name of list) {
      const d = byName.get(name)!;
      if (d.kind === 'framework') {
        expect(d.languages, name).toContain('Go');
        expect(platformSeen, `${name} after a platform of unstated language`).toBe(false);
      } else {
        const langs = [...(d.sdkLanguages?.value ?? []), ...(d.functionLanguages?.value ?? [])];
        if (langs.length > 0) expect(langs, name).toContain('Go');
        else platformSeen = true;
      }
    }
  }
  // Each result says why, with the level of every must-have.
  const first = page.locator('#finder-results > li, #finder-missing > li').first();
  await expect(first).toContainText(features.find((f) => f.key === must[0])!.name);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page, scheme === 'dark' ? { only: 'colour' } : {})).toEqual([]);
  }
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

test('a support requirement leaves out lines ending sooner, and ranks an unannounced end after known ones', async ({
  page,
}) => {
  // The rule, written out: the latest announced end (security, else bug-fix) among lines not yet ended on the
  // build day must lie at least 24 months ahead; a current line without an announced end is not known.
  const threshold = new Date(buildDay);
  threshold.setUTCMonth(threshold.getUTCMonth() + 24);
  const verdict = (d: ProfileData): 'long' | 'short' | 'unknown' => {
    if (d.releaseLines.length === 0) return 'unknown';
    const ends = d.releaseLines.map((l) => l.securityUntil ?? l.bugfixUntil);
    if (ends[0] === undefined) return 'unknown';
    return ends.some((end) => end !== undefined && end >= threshold) ? 'long' : 'short';
  };
  const php = profiles.filter(({ data }) => data.kind === 'framework' && data.languages.includes('PHP'));
  await page.goto('finder/?lang=PHP&nocode=no&support=24');
  const shown = await shownRanking(page);
  const verdicts = shown.map((name) => verdict(byName.get(name)!));
  expect(verdicts).not.toContain('short');
  // Known to qualify first, then those whose end is not announced.
  expect(verdicts).toEqual([...verdicts].sort((a, b) => Number(a === 'unknown') - Number(b === 'unknown')));
  const short = php.filter(({ data }) => verdict(data) === 'short').length;
  await expect(page.locator('#finder-excluded')).toContainText(`${short} with support ending sooner`);
});
