import { type APIRequestContext, type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { categories, features } from '../../src/schemas/features';
import { statementFor } from '../../src/lib/statements';
import { axeViolations } from './support/axe';
import { loadProfiles } from './support/content';
import { sitemapPaths } from './support/site';

const profiles = loadProfiles();
const bySlug = new Map(profiles.map((p) => [p.slug, p.data]));
const pairPages = sitemapPaths()
  .map((p) => /^compare\/(.+-vs-.+)\/$/.exec(p)?.[1])
  .filter((s): s is string => s !== undefined);
// A pair with a page, and a pair of profiles the data does not relate (no page).
const [pairA, pairB] = pairPages[0]!.split('-vs-') as [string, string];
const unrelated = profiles
  .flatMap((a) => profiles.map((b) => [a.slug, b.slug] as const))
  .find(([a, b]) => a < b && !pairPages.includes(`${a}-vs-${b}`))!;

const head = (page: Page, selector: string, attribute: string) =>
  page.locator(selector).first().getAttribute(attribute);

/** Every rule in light and the colour rules in dark; with `layoutOnly`, light runs only what a narrow screen changes. */
async function axeBothSchemes(page: Page, { layoutOnly = false } = {}) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const only = scheme === 'dark' ? 'colour' : layoutOnly ? 'layout' : undefined;
    expect(await axeViolations(page, only ? { only } : {}), scheme).toEqual([]);
  }
}

test('the builder shows a pair as its pair page does: summary, title, canonical URL and preview', async ({ page }) => {
  const pairPage = await page.context().newPage();
  await pairPage.goto(`compare/${pairA}-vs-${pairB}/`);
  await page.goto(`compare/?with=${pairA},${pairB}`);
  await expect(page.locator('#compare-summary li')).toHaveText(
    await pairPage.locator('ul.summary li').allTextContents(),
  );
  await expect(page).toHaveTitle(await pairPage.title());
  for (const [selector, attribute] of [
    ['link[rel="canonical"]', 'href'],
    ['meta[property="og:image"]', 'content'],
  ] as const)
    expect(await head(page, selector, attribute), selector).toBe(await head(pairPage, selector, attribute));
  await pairPage.close();

  // Without a pair page: the builder's own URL and a generic preview that exists.
  await page.goto(`compare/?with=${unrelated[0]},${unrelated[1]}`);
  await expect(page.locator('#compare-summary li').first()).toBeVisible();
  expect(await head(page, 'link[rel="canonical"]', 'href')).toContain(`with=${unrelated[0]},${unrelated[1]}`);
  const image = (await head(page, 'meta[property="og:image"]', 'content'))!;
  expect((await page.request.get(new URL(image).pathname)).status()).toBe(200);
  await axeBothSchemes(page);
});

test('the builder downloads only the records of the profiles it compares, not the whole dataset', async ({ page }) => {
  const data: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/data/')) data.push(path.slice(path.indexOf('/data/')));
  });
  await page.goto(`compare/?with=${pairA},${pairB}`);
  await expect(page.locator('#compare-table tbody tr').first()).toBeVisible();
  await expect(page.locator('#compare-table thead th')).toContainText([
    bySlug.get(pairA)!.name,
    bySlug.get(pairB)!.name,
  ]);
  expect(data.sort()).toEqual([`/data/frameworks/${pairA}.json`, `/data/frameworks/${pairB}.json`].sort());
});

test('"only differences" is kept in the URL and hides categories it empties', async ({ page }) => {
  const [a, b] = unrelated;
  const chosen = [bySlug.get(a)!, bySlug.get(b)!];
  await page.goto(`compare/?with=${a},${b}`);
  await page.getByRole('checkbox', { name: 'Show only differences' }).check();
  await expect(page).toHaveURL(/&diff=only$/);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Show only differences' })).toBeChecked();
  for (const category of categories) {
    const inCategory = features.filter((f) => f.category === category.key);
    const differing = inCategory.filter((f) => new Set(chosen.map((d) => statementFor(d, f.key).level)).size > 1);
    const heading = page.locator(`#compare-table th[id="${category.key}"]`);
    if (differing.length === 0) await expect(heading, category.key).toBeHidden();
    else await expect(heading, category.key).toBeVisible();
  }
});

test('a hashed row is scrolled to, highlighted and not covered by the sticky header', async ({ page }) => {
  const key = features[features.length - 1]!.key;
  for (const path of [
    `compare/?with=${pairA},${pairB}#feature-${key}`,
    `compare/${pairA}-vs-${pairB}/#feature-${key}`,
  ]) {
    await page.goto(path);
    const row = page.locator(`#compare-table #feature-${key}, main .compare-scroll #feature-${key}`).first();
    await expect(row).toBeInViewport();
    const highlighted = await row.locator('th').evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await page
      .locator('.compare tbody tr:not(.group)')
      .first()
      .locator('th')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(highlighted, path).not.toBe(plain);
    // The point just inside the row's top-left corner shows the row itself, not a header above it.
    const covered = await row.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + 4, box.top + 4);
      return !hit || !el.contains(hit);
    });
    expect(covered, path).toBe(false);
  }
});

test('the picker suggests names, aliases and near misses, and offers alternatives in one click', async ({ page }) => {
  const withAlias = profiles.find((p) => p.data.aliases.length > 0)!;
  const withAlternatives = profiles.find((p) => p.data.alternatives.some((s) => bySlug.has(s)))!;
  await page.goto('compare/');
  const input = page.getByRole('combobox', { name: /Add a framework/ });
  await input.fill(withAlias.data.aliases[0]!);
  await expect(page.getByRole('option', { name: withAlias.data.name })).toBeVisible();
  await axeBothSchemes(page);
  await input.press('Enter');
  await expect(page.getByRole('status')).toContainText(`Added ${withAlias.data.name}`);

  // A typo: two neighbouring letters swapped.
  const name = withAlternatives.data.name;
  const typo = `${name.slice(0, 1)}${name.slice(2, 3)}${name.slice(1, 2)}${name.slice(3)}`;
  await input.fill(typo);
  await expect(page.getByRole('option', { name })).toBeVisible();
  await input.press('ArrowDown');
  await input.press('Enter');
  await expect(page.getByRole('status')).toContainText(`Added ${name}`);
  const offered = withAlternatives.data.alternatives.filter((s) => bySlug.has(s) && s !== withAlias.slug);
  const first = bySlug.get(offered[0]!)!;
  await page.getByRole('button', { name: `+ ${first.name}` }).click();
  await expect(page.getByRole('status')).toContainText(`Added ${first.name}`);
});

/** Where a served page's meta refresh sends the browser, relative to the site's base. */
async function refreshTarget(request: APIRequestContext, path: string, baseURL: string): Promise<string | undefined> {
  const html = await (await request.get(path)).text();
  const url = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1];
  return url === undefined ? undefined : new URL(url, new URL(path, baseURL)).href.slice(baseURL.length);
}

test('reverse pair URLs and profile aliases reach their page', async ({ page, request, baseURL }) => {
  // Every alias and every reverse pair URL is a redirect page pointing at the right place (read over HTTP)…
  const aliased = profiles.filter((p) => p.data.aliases.length > 0);
  expect(aliased.length).toBeGreaterThan(0);
  for (const p of aliased) {
    for (const alias of p.data.aliases) {
      expect.soft(await refreshTarget(request, `frameworks/${alias}/`, baseURL!), alias).toBe(`frameworks/${p.slug}/`);
    }
  }
  for (const pair of pairPages) {
    const [a, b] = pair.split('-vs-') as [string, string];
    expect.soft(await refreshTarget(request, `compare/${b}-vs-${a}/`, baseURL!), pair).toBe(`compare/${pair}/`);
  }
  // …and a browser follows one of each to the page itself.
  await page.goto(`compare/${pairB}-vs-${pairA}/`);
  await expect(page).toHaveURL(new RegExp(`compare/${pairA}-vs-${pairB}/$`));
  const [first] = aliased;
  await page.goto(`frameworks/${first!.data.aliases[0]!}/`);
  await expect(page).toHaveURL(new RegExp(`frameworks/${first!.slug}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.data.name);
});

test('the 404 page prefills a search from the path and offers close profile names', async ({ page }) => {
  const { slug, data } = profiles.find((p) => p.slug.length >= 6)!;
  const typo = `${slug.slice(0, 2)}${slug[3]}${slug[2]}${slug.slice(4)}`;
  await page.goto(`frameworks/${typo}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('searchbox', { name: 'Search the atlas' })).toHaveValue(typo.replace(/-/g, ' '));
  await expect(page.getByRole('link', { name: data.name })).toHaveAttribute('href', new RegExp(`frameworks/${slug}/$`));
  await axeBothSchemes(page);
});

/** Pairs of visible text boxes (one per text node line) that overlap by more than a pixel. */
async function overlappingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes: { text: string; r: DOMRect }[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement!;
      // Hidden text, and the content of a closed <details>, shows nothing.
      if (!text || parent.closest('.visually-hidden, [hidden], details:not([open]) > :not(summary)')) continue;
      // A clipped header (the stacked layout's) shows nothing.
      const thead = parent.closest('thead');
      if (thead && thead.getBoundingClientRect().width <= 1) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 1 && r.height > 1) boxes.push({ text, r });
    }
    // Sorted by top, each box is compared only with those starting above its bottom (a sweep, not all pairs):
    // the full matrix has thousands of boxes.
    boxes.sort((a, b) => a.r.top - b.r.top);
    const clash: string[] = [];
    for (let i = 0; i < boxes.length && clash.length < 10; i++)
      for (let j = i + 1; j < boxes.length && boxes[j]!.r.top < boxes[i]!.r.bottom - 1; j++) {
        const [a, b] = [boxes[i]!.r, boxes[j]!.r];
        if (a.left < b.right - 1 && b.left < a.right - 1) clash.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
      }
    return clash;
  });
}

test('at 390 px compare shows cards, and no two text boxes overlap in compare or the matrix', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const [a, b, c] = profiles;
  for (const path of [`compare/?with=${a!.slug},${b!.slug},${c!.slug}`, `compare/${pairA}-vs-${pairB}/`, 'features/']) {
    await page.goto(path);
    await expect(page.locator('table').first()).toBeVisible();
    expect(await overlappingText(page), path).toEqual([]);
    // Scrolled down, sticky parts must not sit on text either.
    await page.mouse.wheel(0, 1500);
    expect(await overlappingText(page), `${path} scrolled`).toEqual([]);
  }
  // The builder with a table has its full axe pass at desktop width (the first test); here what 390 px changes.
  await page.goto(`compare/?with=${a!.slug},${b!.slug}`);
  await axeBothSchemes(page, { layoutOnly: true });
});
