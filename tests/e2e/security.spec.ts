import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { cspHash, metaPolicy } from '../../src/lib/security-policy';

/** The header policy the build wrote for hosts that send headers (dist/_headers). */
const headerPolicy = /Content-Security-Policy: (.+)/.exec(readFileSync('dist/_headers', 'utf8'))![1]!;

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('an inline script or event handler injected into a built page does not run', async ({ page }) => {
  await recordViolations(page);
  await page.route('**/frameworks/django/', async (route) => {
    const response = await route.fetch();
    const injected = (await response.text()).replace(
      '</main>',
      '<script>window.injected = "script"</script><img src="data:," onerror="window.injected = \'handler\'"></main>',
    );
    await route.fulfill({ response, body: injected });
  });
  await page.goto('frameworks/django/');
  await expect.poll(() => violations(page)).toHaveLength(2);
  expect(await page.evaluate(() => (window as unknown as { injected?: string }).injected)).toBeUndefined();
});

// The interactive pages, each driven once with the page's own <meta> policy and the
// header policy both in force, as on a host that serves dist/_headers.
const journeys: { path: string; works: (page: Page) => Promise<void> }[] = [
  {
    path: 'search/?q=django',
    works: async (page) => {
      // Pagefind under load can take seconds: wait for the page's own "all counts written" signal.
      await expect(page.locator('#search-form')).toHaveAttribute('data-counts', 'done', { timeout: 20_000 });
      await expect(page.locator('#results li').first()).toBeVisible();
    },
  },
  {
    path: 'compare/?with=django,flask',
    works: async (page) => {
      await expect(page.locator('#compare-table table')).toBeVisible();
    },
  },
  {
    path: 'finder/?lang=Go',
    works: async (page) => {
      await expect(page.locator('#finder-results li').first()).toBeVisible();
    },
  },
  {
    path: 'features/?language=Go',
    works: async (page) => {
      const rows = page.locator('.matrix tbody tr');
      const total = await rows.count();
      const shown = () => rows.evaluateAll((all) => all.filter((r) => !(r as HTMLElement).hidden).length);
      // Until the script has applied the URL's filter, every row shows.
      await expect.poll(shown).toBeLessThan(total);
      expect(await shown()).toBeGreaterThan(0);
    },
  },
];

for (const { path, works } of journeys) {
  test(`/${path} works under the content security policy, also sent as a header`, async ({ page }) => {
    await recordViolations(page);
    await page.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': headerPolicy } });
    });
    await page.goto(path);
    // The head's one inline script ran (it is hashed), so the page shows its controls, not the no-JS notice.
    await expect(page.locator('html')).toHaveClass(/\bjs\b/);
    await works(page);
    expect(await violations(page)).toEqual([]);
  });
}

test('every external link in the built site opens without opener or referrer', () => {
  const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const careless = pages.flatMap((file) =>
    [...readFileSync(join('dist', file), 'utf8').matchAll(/<a\b[^>]*\bhref="https?:\/\/[^"]*"[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => !/\brel="[^"]*\bnoopener\b[^"]*"/.test(tag) || !/\brel="[^"]*\bnoreferrer\b[^"]*"/.test(tag))
      .map((tag) => `${file}: ${tag}`),
  );
  expect(pages.length).toBeGreaterThan(100);
  expect(careless).toEqual([]);
});

test('every inline script of every built page is allowed by that page’s policy by its hash', () => {
  const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const unhashed = pages.flatMap((file) => {
    const html = readFileSync(join('dist', file), 'utf8');
    const policy = metaPolicy(html) ?? '';
    return [
      ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g),
    ]
      .filter((m) => !policy.includes(`'${cspHash(m[1]!)}'`))
      .map((m) => `${file}: ${m[0].slice(0, 80)}`);
  });
  expect(unhashed).toEqual([]);
});
