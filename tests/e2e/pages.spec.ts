import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, preloadAxe } from './support/axe';
import { loadProfiles } from './support/content';
import { pageType, sitemapPaths } from './support/site';

// Every page in the sitemap (and the 404 page) loads with status 200, logs no
// console error, requests nothing from another origin, and has one <h1> and one
// canonical link. axe (WCAG 2.2 AA, light and dark) runs on a sample that
// covers every page type and the data's variety: pages of one type share their
// template, and the static validators (html-validate, the Nu checker) read
// every page's markup.
const paths = [...sitemapPaths(), '404.html'];

const htmlBytes = (path: string) => statSync(join('dist', path.endsWith('.html') ? path : `${path}index.html`)).size;

/** Per page type its first, last and largest page; for profiles, also one of each kind and each status. */
function axeSample(): string[] {
  const byType = Map.groupBy(paths, pageType);
  const chosen = [...byType.values()].flatMap((group) => {
    const largest = group.reduce((a, b) => (htmlBytes(b) > htmlBytes(a) ? b : a));
    return [group[0]!, group.at(-1)!, largest];
  });
  const profiles = loadProfiles();
  const traits: ((p: (typeof profiles)[number]) => string)[] = [(p) => p.data.kind, (p) => p.data.status.value];
  for (const trait of traits) {
    for (const group of Map.groupBy(profiles, trait).values()) chosen.push(`frameworks/${group[0]!.slug}/`);
  }
  return [...new Set(chosen)].sort();
}

/** Console errors and requests to other origins while `page` shows each path. */
function watch(page: Page) {
  const seen = { errors: [] as string[], foreign: [] as string[] };
  const siteOrigin = new URL(test.info().project.use.baseURL ?? 'http://localhost/').origin;
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  // Nothing may be fetched from another origin: no CDN, font service, analytics or embed.
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== siteOrigin) seen.foreign.push(request.url());
  });
  return seen;
}

// Four batches keep both workers busy; each batch reuses one browser page.
const batchSize = Math.ceil(paths.length / 4);
for (let start = 0; start < paths.length; start += batchSize) {
  const batch = paths.slice(start, start + batchSize);
  test(`pages /${batch[0]} … /${batch.at(-1)} load cleanly, with one h1 and one canonical link`, async ({ page }) => {
    // A guard against a hang, not a speed check.
    test.setTimeout(batch.length * 5_000);
    const seen = watch(page);
    for (const path of batch) {
      seen.errors.length = 0;
      seen.foreign.length = 0;
      const response = await page.goto(path);
      expect.soft(response?.status(), `/${path}: HTTP status`).toBe(200);
      expect.soft(await page.locator('h1').count(), `/${path}: one h1`).toBe(1);
      expect.soft(await page.locator('link[rel="canonical"]').count(), `/${path}: one canonical link`).toBe(1);
      expect.soft(seen.errors, `/${path}: console errors`).toEqual([]);
      expect.soft(seen.foreign, `/${path}: requests to other origins`).toEqual([]);
    }
  });
}

const sample = axeSample();
const half = Math.ceil(sample.length / 2);
for (const batch of [sample.slice(0, half), sample.slice(half)]) {
  test(`axe finds nothing in light and dark on /${batch[0]} … /${batch.at(-1)} (a sample of every page type)`, async ({
    page,
  }) => {
    test.setTimeout(batch.length * 30_000);
    await preloadAxe(page);
    for (const path of batch) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      expect.soft(await axeViolations(page), `/${path}: axe, light scheme`).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect.soft(await axeViolations(page, { colourOnly: true }), `/${path}: axe, dark scheme`).toEqual([]);
    }
  });
}
