import { expect, test } from '@playwright/test';
import { axeViolations, preloadAxe } from './support/axe';
import { sitemapPaths } from './support/site';

// Every page in the sitemap (and the 404 page): it loads, logs no console
// error, requests nothing from another origin, has one <h1> and one canonical link, and axe finds no WCAG 2.2 AA violation in the light or
// the dark colour scheme. Pages are checked in batches that share one browser
// page, so the per-test overhead does not grow with the number of pages.
const paths = [...sitemapPaths(), '404.html'];
// Sixteen batches keep both workers busy to the end; each batch reuses one browser page.
const batchSize = Math.ceil(paths.length / 16);
const batches = Array.from({ length: Math.ceil(paths.length / batchSize) }, (_, i) =>
  paths.slice(i * batchSize, (i + 1) * batchSize),
);

for (const batch of batches) {
  test(`pages /${batch[0]} … /${batch.at(-1)} load cleanly and are accessible in light and dark`, async ({ page }) => {
    // A guard against a hang, not a speed check: a machine shared by many builds gave 10 s per page.
    test.setTimeout(batch.length * 30_000);
    await preloadAxe(page);
    let errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const siteOrigin = new URL(test.info().project.use.baseURL ?? 'http://localhost/').origin;
    // Nothing may be fetched from another origin: no CDN, font service, analytics or embed.
    let foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== siteOrigin) {
        foreign.push(request.url());
      }
    });

    for (const path of batch) {
      errors = [];
      foreign = [];
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(path);
      expect.soft(response?.status(), `/${path}: HTTP status`).toBe(200);
      expect.soft(await page.locator('h1').count(), `/${path}: one h1`).toBe(1);
      expect.soft(await page.locator('link[rel="canonical"]').count(), `/${path}: one canonical link`).toBe(1);
      expect.soft(await axeViolations(page), `/${path}: axe, light scheme`).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect.soft(await axeViolations(page, { colourOnly: true }), `/${path}: axe, dark scheme`).toEqual([]);
      expect.soft(errors, `/${path}: console errors`).toEqual([]);
      expect.soft(foreign, `/${path}: requests to other origins`).toEqual([]);
    }
  });
}
