import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './support/test';
import { features, type FeatureKey } from '../../src/schemas/features';
import type { SupportLevel } from '../../src/schemas/support-levels';
import { languagesOf } from '../../src/lib/profiles';
import { statementFor } from '../../src/lib/statements';
import { axeViolations } from './support/axe';
import { buildDay } from '../../src/integrations/site-options';
import { loadProfiles } from './support/content';

// Search runs Pagefind in the page; on a loaded CI machine a state takes seconds, not milliseconds.
const expect = baseExpect.configure({ timeout: 20_000 });
test.setTimeout(120_000);

// Expectations come from the content collection, not from the page: for each
// state, the results and every option's count must be what the data says.
const profiles = loadProfiles();
type P = (typeof profiles)[number];
const level = (p: P, key: string) => statementFor(p.data, key as FeatureKey).level;
/** The rule of each minimum level, written out here rather than taken from the code under test. */
const accepts: Record<string, SupportLevel[]> = {
  'built-in': ['built-in'],
  official: ['built-in', 'official-package'],
  any: ['built-in', 'official-package', 'community-package'],
};
const namesOf = (list: P[]) => list.map((p) => p.data.name).sort();

/**
 * The LTS facet's rule, written out: a line the project calls LTS whose support (security, else bug-fix) ends on
 * or after the build day, or, when no end is announced, the newest line.
 */
function hasSupportedLts(p: P): boolean {
  return p.data.releaseLines.some((line, i) => {
    if (!line.lts) return false;
    const end = line.securityUntil ?? line.bugfixUntil;
    return end ? end >= buildDay : i === 0;
  });
}

/** What a profile is filed under in a facet, from its data. */
function valuesOf(p: P, facet: string): string[] {
  const d = p.data;
  switch (facet) {
    case 'kind':
      return [d.kind];
    case 'language':
      return [...languagesOf(d)];
    case 'sdk':
      return d.kind === 'platform' ? [...(d.sdkLanguages?.value ?? [])] : [];
    case 'functions':
      return d.kind === 'platform' ? [...(d.functionLanguages?.value ?? [])] : [];
    case 'license':
      return [d.license.value];
    case 'architecture':
      return [d.architecture.value];
    case 'status':
      return [d.status.value];
    case 'lts':
      return hasSupportedLts(p) ? ['supported'] : [];
  }
  throw new Error(`no such facet ${facet}`);
}

/** A filter-only state as plain data: facet values ORed, features ANDed at a minimum level. */
interface State {
  facets: Record<string, string[]>;
  features: Record<string, string>;
}
const matching = (s: State) =>
  profiles.filter(
    (p) =>
      Object.entries(s.facets).every(([f, vs]) => vs.length === 0 || valuesOf(p, f).some((v) => vs.includes(v))) &&
      Object.entries(s.features).every(([key, min]) => accepts[min]!.includes(level(p, key))),
  );
const toQuery = (s: State) =>
  [
    ...Object.entries(s.facets).map(([f, vs]) => `${f}=${vs.map(encodeURIComponent).join(',')}`),
    ...(Object.keys(s.features).length
      ? [
          `feature=${Object.entries(s.features)
            .map(([k, l]) => `${k}:${l}`)
            .join(',')}`,
        ]
      : []),
  ].join('&');

async function shownNames(page: Page, expectedCount: number): Promise<string[]> {
  const status = page.locator('#result-count');
  await expect(status).toHaveText(
    expectedCount === 0 ? /^No results/ : new RegExp(`\\b${expectedCount} (result|profile)`),
    // Pagefind fetches its index first; on a loaded 2-core machine that alone passed 5 s.
    { timeout: 15_000 },
  );
  if (expectedCount > 25) await page.locator('#more-results').click();
  await expect(page.locator('#results .result')).toHaveCount(expectedCount);
  return (await page.locator('#results .result-title').allTextContents()).map((t) => t.trim()).sort();
}

/** Waits until no count is unknown, then reads every option's count. */
async function optionCounts(page: Page): Promise<Map<string, number>> {
  await expect(page.locator('#search-form')).toHaveAttribute('data-counts', 'done');
  await expect(page.locator('#facets [data-count][data-unknown]')).toHaveCount(0);
  const spans = await page
    .locator('#facets [data-count]')
    .evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.count!, e.textContent.trim()] as const));
  return new Map(spans.map(([id, text]) => [id, Number(text)]));
}

/** Every option's count in a state must equal the results after ticking it, computed from the data. */
function expectedCounts(s: State): Map<string, number> {
  const expected = new Map<string, number>();
  const facetNames = ['kind', 'language', 'sdk', 'functions', 'license', 'architecture', 'status', 'lts'];
  for (const facet of facetNames) {
    for (const value of new Set(profiles.flatMap((p) => valuesOf(p, facet)))) {
      const ticked = s.facets[facet] ?? [];
      const next = { ...s, facets: { ...s.facets, [facet]: [...new Set([...ticked, value])] } };
      expected.set(`facet:${facet}:${value}`, matching(next).length);
    }
  }
  for (const f of features) {
    const next = { ...s, features: { ...s.features, [f.key]: s.features[f.key] ?? 'official' } };
    expected.set(`feature:${f.key}`, matching(next).length);
  }
  return expected;
}

const goProfiles = profiles.filter((p) => languagesOf(p.data).includes('Go'));
const states: State[] = [
  { facets: {}, features: {} },
  { facets: { language: ['Go'] }, features: {} },
  { facets: { language: ['Python', 'Ruby'] }, features: { websockets: 'official' } },
  { facets: { kind: ['platform'] }, features: { authentication: 'built-in' } },
  { facets: { license: ['MIT'], architecture: ['micro'] }, features: {} },
  { facets: { status: ['active'] }, features: { 'static-typing': 'built-in', 'dependency-injection': 'any' } },
  { facets: {}, features: { orm: 'any', websockets: 'built-in' } },
  { facets: { lts: ['supported'], language: ['PHP', 'JavaScript'] }, features: {} },
];

// Four states per page: a state reached by navigation is as fresh as one in a new page, and each new page
// costs Pagefind's cold start.
for (const batch of [states.slice(0, 4), states.slice(4)]) {
  test(`${batch.map((s) => `search/?${toQuery(s)}`).join(' · ')}: the results and every option's count are what the data says`, async ({
    page,
  }) => {
    for (const s of batch) {
      const query = toQuery(s);
      await page.goto(`search/?${query}`);
      const expected = namesOf(matching(s));
      expect(await shownNames(page, expected.length), `?${query}: results`).toEqual(expected);
      expect(Object.fromEntries(await optionCounts(page)), `?${query}: counts`).toEqual(
        Object.fromEntries(expectedCounts(s)),
      );
    }
  });
}

test('after back and forward, the counts are those of the state shown', async ({ page }) => {
  const s: State = { facets: { language: ['Go'] }, features: {} };
  await page.goto(`search/?${toQuery(s)}`);
  await optionCounts(page);
  await page.getByRole('checkbox', { name: /^Routing/ }).check();
  await expect(page).toHaveURL(/feature=routing/);
  await page.goBack();
  await expect(page).not.toHaveURL(/feature=/);
  expect(Object.fromEntries(await optionCounts(page))).toEqual(Object.fromEntries(expectedCounts(s)));
  await page.goForward();
  const forward = { ...s, features: { routing: 'official' } };
  expect(Object.fromEntries(await optionCounts(page))).toEqual(Object.fromEntries(expectedCounts(forward)));
});

test('with words, each option’s count equals the result count after ticking it, and zero stays operable', async ({
  page,
}) => {
  // Each tick and each back recomputes every option's count, so one option per kind of group is ticked: a feature
  // (AND), a value of an "any" facet (OR), and an option whose count is zero.
  test.setTimeout(180_000);
  await page.goto('search/?q=database');
  const counts = await optionCounts(page);
  const zero = [...counts].find(([, n]) => n === 0);
  const firstOf = (prefix: string) => [...counts].find(([id, n]) => id.startsWith(prefix) && n > 0)!;
  const sample = [firstOf('feature:'), firstOf('facet:language:')];
  for (const [id, count] of zero ? [...sample, zero] : sample) {
    const box = page.locator(`#facets label:has([data-count="${id}"]) input`);
    await expect(box).toBeEnabled();
    await box.check();
    await expect(page.locator('#result-count')).toHaveText(
      count === 0 ? /^No results/ : `${count} ${count === 1 ? 'result' : 'results'}`,
    );
    await page.goBack();
    await expect(box).not.toBeChecked();
    await optionCounts(page);
  }
  if (zero) {
    await expect(page.locator(`[data-count="${zero[0]}"]`)).toHaveAttribute('data-zero', '');
  }
});

test('a ticked feature’s level can be lowered, and each level returns exactly the profiles that qualify', async ({
  page,
}) => {
  await page.goto('search/');
  // The filters act once the index is loaded and the first counts are written.
  await expect(page.locator('#search-form')).toHaveAttribute('data-counts', 'done');
  await page.getByRole('checkbox', { name: /^WebSockets/ }).check();
  await expect(page).toHaveURL(/feature=websockets$/);
  const select = page.getByRole('combobox', { name: 'Minimum level for WebSockets' });
  for (const min of ['built-in', 'any', 'official']) {
    await select.selectOption(min);
    const expected = namesOf(matching({ facets: {}, features: { websockets: min } }));
    expect(await shownNames(page, expected.length)).toEqual(expected);
    const option = select.locator(`option[value="${min}"]`);
    await expect(option).toHaveText(new RegExp(`\\(${expected.length}\\)$`));
  }
});

test('links shared before levels (has=, offers=) open the equivalent search', async ({ page }) => {
  await page.goto('search/?has=orm&offers=websockets');
  const expected = namesOf(matching({ facets: {}, features: { orm: 'built-in', websockets: 'official' } }));
  expect(await shownNames(page, expected.length)).toEqual(expected);
  await expect(page.getByRole('checkbox', { name: /^ORM/ })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Minimum level for ORM' })).toHaveValue('built-in');
});

test('the home page’s example links to a search that answers it', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: '“Go frameworks with WebSockets, built in or as an official package”' }).click();
  const answers = goProfiles.filter((p) => accepts.official!.includes(level(p, 'websockets')));
  // An example with no answer would be a broken promise on the home page.
  expect(answers.length).toBeGreaterThan(0);
  expect(await shownNames(page, answers.length)).toEqual(namesOf(answers));
});

test('no results: suggests removing each filter, with how many results each gives', async ({ page }) => {
  // A language and a feature that each match something, but never together at "built in".
  const languages = [...new Set(profiles.flatMap((p) => languagesOf(p.data)))];
  const pair = languages
    .flatMap((language) => features.map((f) => ({ language, key: f.key })))
    .find(({ language, key }) => {
      const s = { facets: { language: [language] }, features: { [key]: 'built-in' } };
      return matching(s).length === 0 && profiles.some((p) => level(p, key) === 'built-in');
    });
  expect(pair, 'a language and a feature that never meet at "built in"').toBeDefined();
  const { language, key } = pair!;
  await page.goto(`search/?language=${encodeURIComponent(language)}&feature=${key}:built-in`);
  await shownNames(page, 0);
  const inLanguage = matching({ facets: { language: [language] }, features: {} }).length;
  const drop = page.getByRole('button', { name: new RegExp(`Remove “.+” \\(feature\\): ${inLanguage} results?`) });
  await drop.click();
  expect(await shownNames(page, inLanguage)).toHaveLength(inLanguage);
});

test('active filters show as chips that remove them', async ({ page }) => {
  await page.goto('search/?language=Go&feature=orm:any');
  const chip = page.getByRole('button', { name: 'Remove filter Language: Go' });
  await chip.click();
  await expect(page).toHaveURL(/search\/\?feature=orm:any$/);
  const expected = namesOf(matching({ facets: {}, features: { orm: 'any' } }));
  expect(await shownNames(page, expected.length)).toEqual(expected);
});

test.describe('relevance', () => {
  const titles = async (page: Page) => {
    await expect(page.locator('#result-count')).toHaveText(/\d+ results?/);
    return (await page.locator('#results .result-title').allTextContents()).map((t) => t.trim());
  };

  test('a profile’s name finds that profile first', async ({ page }) => {
    for (const p of profiles.filter((_, i) => i % 40 === 0)) {
      await page.goto(`search/?q=${encodeURIComponent(p.data.name.toLowerCase())}`);
      expect((await titles(page))[0]).toBe(p.data.name);
    }
  });

  test('"laravel vs django" finds their pair page first', async ({ page }) => {
    await page.goto('search/?q=laravel%20vs%20django');
    await expect(page.locator('#results .result-title a').first()).toHaveAttribute(
      'href',
      /\/compare\/django-vs-laravel\/$/,
    );
  });

  test('a misspelled name gets "Did you mean", and code samples match nothing', async ({ page }) => {
    await page.goto('search/?q=djnago');
    await expect(page.locator('#search-form')).toHaveAttribute('data-counts', 'done');
    // Whatever matches, matches in prose: every result's excerpt marks the words (code samples are not indexed).
    const results = page.locator('#results > li');
    await expect(results.filter({ has: page.locator('.result-excerpt mark') })).toHaveCount(await results.count());
    await page.getByRole('button', { name: 'Django?' }).click();
    await expect(page).toHaveURL(/q=Django/);
    await expect(page.locator('#results .result-title').first()).toHaveText('Django');
  });

  test('a synonym finds the feature’s profiles ("admin panel" → Admin interface)', async ({ page }) => {
    const supporting = profiles.filter((p) => accepts.official!.includes(level(p, 'admin-ui')));
    await page.goto('search/?q=admin%20panel');
    await expect(page.locator('#query-note')).toContainText('Admin interface');
    await expect(page.locator('#search-form')).toHaveAttribute('data-counts', 'done');
    const more = page.locator('#more-results');
    if (await more.isVisible()) await more.click();
    await expect(more).toBeHidden(); // hidden once every result is listed
    expect(await titles(page)).toEqual(expect.arrayContaining(supporting.map((p) => p.data.name)));
  });

  test('for a feature’s words, profiles rank by their support, not by prose that mentions it', async ({ page }) => {
    await page.goto('search/?q=websocket');
    const shown = await titles(page);
    expect(shown[0]).toBe('WebSockets');
    const rank = { 'built-in': 3, 'official-package': 2, 'community-package': 1, none: 0, unknown: 0 };
    const strengths = shown
      .map((name) => profiles.find((p) => p.data.name === name))
      .filter((p) => p !== undefined)
      .map((p) => rank[level(p, 'websockets')]);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
  });
});

test('results carry a kind badge, an excerpt with marked words and links to sections that exist', async ({
  page,
  request,
}) => {
  await page.goto('search/?q=trade-offs%20websocket');
  const first = page.locator('#results .result').first();
  await expect(first.locator('.result-excerpt mark').first()).toBeVisible();
  await expect(first.locator('.result-badges li').first()).toHaveText(/^(Framework|Platform|Feature|Comparison)$/);
  const hrefs = await page
    .locator('#results .result-sections a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs.slice(0, 6)) {
    const [path, id] = href.split('#');
    expect(await (await request.get(path!)).text()).toContain(`id="${id}"`);
  }
});

test('a ticked feature shows each result’s level for it', async ({ page }) => {
  await page.goto('search/?feature=orm:any');
  const first = page.locator('#results .result').first();
  const name = (await first.locator('.result-title').textContent())!.trim();
  const p = profiles.find((x) => x.data.name === name)!;
  await expect(first.locator('.result-features')).toHaveText(`ORM: ${level(p, 'orm').replace('-package', ' package')}`);
});

test('keyboard only: "/" focuses search, Enter searches, Space ticks a filter, back restores', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search frameworks' })).toBeFocused();
  await page.keyboard.type('database');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/search\/\?q=database$/);
  await expect(page.locator('#search-query')).toHaveValue('database');

  const box = page.getByRole('checkbox', { name: /^Python/ });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/language=Python/);
  await expect(box).toBeChecked();

  await page.goBack();
  await expect(page).not.toHaveURL(/language=/);
  await expect(box).not.toBeChecked();
  await page.goForward();
  await expect(box).toBeChecked();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  test('the first result is on the first screen and the filters open as a sheet, by touch', async ({ page }) => {
    await page.goto('search/?language=Go');
    const first = page.locator('#results .result').first();
    await expect(first).toBeInViewport();
    await expect(page.getByRole('checkbox', { name: /^Go/ })).toBeHidden();
    await page.getByRole('button', { name: 'Filters (1)' }).tap();
    const sheet = page.getByRole('dialog', { name: 'Filters' });
    await expect(sheet).toBeVisible();
    await sheet.getByRole('checkbox', { name: /^Routing/ }).tap();
    const expected = matching({ facets: { language: ['Go'] }, features: { routing: 'official' } }).length;
    const show = sheet.getByRole('button', { name: `Show ${expected} ${expected === 1 ? 'result' : 'results'}` });
    await show.tap();
    await expect(sheet).toBeHidden();
    await expect(page.getByRole('button', { name: 'Filters (2)' })).toBeFocused();
    await expect(page.locator('#results .result')).toHaveCount(expected);
  });

  test('the sheet works by keyboard: Space ticks, Escape closes', async ({ page }) => {
    await page.goto('search/');
    await expect(page.locator('#search-form')).toHaveAttribute('data-counts', 'done');
    await page.getByRole('button', { name: 'Filters (0)' }).focus();
    await page.keyboard.press('Enter');
    const sheet = page.getByRole('dialog', { name: 'Filters' });
    await expect(sheet).toBeVisible();
    const box = sheet.getByRole('checkbox', { name: /^ORM/ });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeFocused();
  });
});

test('axe finds nothing with results, a level select and the phone sheet open, in light and dark', async ({ page }) => {
  await page.goto('search/?q=websocket&language=Go&feature=orm:any');
  await optionCounts(page);
  // The markup is the same in both schemes: the dark pass checks what the scheme changes (the colour rules).
  const bothSchemes = async (state: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(
        await axeViolations(page, colorScheme === 'dark' ? { only: 'colour' } : {}),
        `${state}, ${colorScheme}`,
      ).toEqual([]);
    }
  };
  await bothSchemes('results');
  await page.setViewportSize({ width: 360, height: 640 });
  await page.getByRole('button', { name: /^Filters/ }).click();
  await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
  await bothSchemes('phone sheet');
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
