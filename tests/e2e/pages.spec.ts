import { statSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { axeViolations, preloadAxe } from './support/axe';
import { loadProfiles } from './support/content';
import { pageType, sitemapPaths } from './support/site';

// Every page in the sitemap (and the 404 page) is served with status 200, has one <h1> and one canonical
// link, and loads no resource from another origin (its script, style, image, frame and preload URLs are the
// site's own) — read from the served HTML, so every page is covered in seconds. In a browser, a sample that
// covers every page type and the data's variety logs no console error, requests nothing from another origin
// and has no axe (WCAG 2.2 AA) violation in light and dark: pages of one type share their template, and the
// static validators (html-validate, the Nu checker) read every page's markup.
const paths = [...sitemapPaths(), '404.html'];

const htmlBytes = (path: string) => statSync(join('dist', path.endsWith('.html') ? path : `${path}index.html`)).size;

/**
 * Per page type its largest page (the most rows, notes and links its template renders); for profiles, also
 * one of each kind and each status, whose templates differ.
 */
function axeSample(): string[] {
  const byType = Map.groupBy(paths, pageType);
  const chosen = [...byType.values()].map((group) => group.reduce((a, b) => (htmlBytes(b) > htmlBytes(a) ? b : a)));
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

/** URLs a page makes the browser fetch: scripts, styles, icons, preloads, images, media and frames. */
function resourceUrls(html: string): string[] {
  const tags = html.match(/<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*>/g) ?? [];
  const fetched = tags.flatMap((tag) => {
    if (tag.startsWith('<link') && !/\srel="(stylesheet|icon|preload|modulepreload|manifest)"/.test(tag)) return [];
    return [...tag.matchAll(/\s(?:src|href|srcset|data)="([^"]*)"/g)].map((m) => m[1]!);
  });
  // CSS inside <style> elements and style attributes (not prose or code samples that mention url()).
  const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>|\sstyle="([^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '');
  const styles = css.flatMap((text) => [...text.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!));
  return [...fetched, ...styles];
}

const ownOrigin = (url: string) => url.startsWith('data:') || !/^([a-z][a-z0-9+.-]*:)?\/\//i.test(url);

test(`all ${paths.length} pages are served, with one h1, one canonical link and no resource from another origin`, async ({
  request,
}) => {
  for (const path of paths) {
    const response = await request.get(path);
    expect.soft(response.status(), `/${path}: HTTP status`).toBe(200);
    const html = await response.text();
    expect.soft(html.match(/<h1[\s>]/g)?.length ?? 0, `/${path}: one h1`).toBe(1);
    expect.soft(html.match(/<link rel="canonical"/g)?.length ?? 0, `/${path}: one canonical link`).toBe(1);
    expect
      .soft(
        resourceUrls(html).filter((url) => !ownOrigin(url)),
        `/${path}: resources from other origins`,
      )
      .toEqual([]);
  }
});

// In four batches, so that the two workers end together rather than one waiting on a long last batch.
const sample = axeSample();
const batches = 4;
const size = Math.ceil(sample.length / batches);
for (const batch of Array.from({ length: batches }, (_, i) => sample.slice(i * size, (i + 1) * size))) {
  test(`/${batch[0]} … /${batch.at(-1)} (a sample of every page type): no console error, no other origin, axe-clean in light and dark`, async ({
    page,
  }) => {
    test.setTimeout(batch.length * 30_000);
    await preloadAxe(page);
    const seen = watch(page);
    for (const path of batch) {
      seen.errors.length = 0;
      seen.foreign.length = 0;
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      expect.soft(await axeViolations(page), `/${path}: axe, light scheme`).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect.soft(await axeViolations(page, { only: 'colour' }), `/${path}: axe, dark scheme`).toEqual([]);
      expect.soft(seen.errors, `/${path}: console errors`).toEqual([]);
      expect.soft(seen.foreign, `/${path}: requests to other origins`).toEqual([]);
    }
  });
}
