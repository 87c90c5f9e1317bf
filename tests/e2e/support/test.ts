import { test as base, type Browser, type BrowserContext, type BrowserContextOptions } from '@playwright/test';

export { expect } from '@playwright/test';

/** A worker's browser contexts, created on first use for each set of options. */
class ContextPool {
  private readonly contexts = new Map<string, Promise<BrowserContext>>();
  constructor(private readonly browser: Browser) {}

  get(options: BrowserContextOptions): Promise<BrowserContext> {
    const key = JSON.stringify(options);
    let context = this.contexts.get(key);
    if (!context) {
      context = this.browser.newContext(options);
      this.contexts.set(key, context);
    }
    return context;
  }

  async close(): Promise<void> {
    for (const context of this.contexts.values()) await (await context).close();
  }
}

/**
 * `test` whose pages open in browser contexts kept for the whole worker, one per set of context options: each
 * test gets a new page, but the HTTP cache and compiled scripts stay warm, so a page costs what it costs a
 * returning reader (a search page's first counts take 0.9 s instead of 2 s on these machines). The site keeps
 * no cookies or storage, so nothing else carries over. A test that changes the options (`test.use` of a
 * phone's viewport and touch, no JavaScript, the base-path build's URL) gets the context of those options,
 * in the same worker: Playwright starts a new worker only for a new worker-scoped fixture, and every spec
 * uses this `test`, so two workers run the whole suite without restarting a browser.
 */
export const test = base.extend<{ pageContextOptions: BrowserContextOptions }, { contexts: ContextPool }>({
  contexts: [
    async ({ browser }, use) => {
      const pool = new ContextPool(browser);
      await use(pool);
      await pool.close();
    },
    { scope: 'worker' },
  ],
  // The options Playwright's own per-test context would have, as this test's `use` sets them.
  pageContextOptions: async (
    { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, javaScriptEnabled },
    use,
  ) => {
    const chosen = { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, javaScriptEnabled };
    await use(Object.fromEntries(Object.entries(chosen).filter(([, value]) => value !== undefined)));
  },
  page: async ({ contexts, pageContextOptions }, use) => {
    const page = await (await contexts.get(pageContextOptions)).newPage();
    await use(page);
    await page.close();
  },
});
