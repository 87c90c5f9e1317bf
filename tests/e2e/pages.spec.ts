import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe';
import { sitemapPaths } from './support/site';

// Every page in the sitemap: it loads, logs no console error, and axe finds no
// WCAG 2.2 AA violation in the light or the dark colour scheme.
for (const path of [...sitemapPaths(), '404.html']) {
  test(`page /${path} loads cleanly and is accessible in light and dark`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    const response = await page.goto(path);
    expect(response?.status(), 'HTTP status').toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);

    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page), 'axe, light scheme').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, { colourOnly: true }), 'axe, dark scheme').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
    await context.close();
  });
}
