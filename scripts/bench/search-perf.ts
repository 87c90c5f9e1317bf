import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium';

export interface SearchFigures {
  /** Bytes transferred, from a cold cache, until the first results are on screen (every filter group loaded). */
  bytesToFirstResults: number;
  /** Median time from a keypress to the results being updated, once the index is loaded. */
  keypressToResultsMs: number;
  /** Bytes transferred, from a cold cache, until every option's count is known (a deep link with filters). */
  bytesToCounts: number;
  /** Median time from a keypress to every option's count being updated (all filter groups counted). */
  keypressToCountsMs: number;
}

/** Measures /search/ in headless Chromium against a running preview server. */
export async function measureSearch(baseUrl: string): Promise<SearchFigures> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await (await browser.newContext()).newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
    });
    // Pagefind loads every filter group before the first search, so these bytes include all of them.
    await page.goto(`${baseUrl}search/?q=orm`);
    await page.locator('#results .result').first().waitFor();
    const bytesToFirstResults = bytes;
    await page.locator('#search-form[data-counts="done"]').waitFor({ state: 'attached' });
    const bytesToCounts = bytes;

    const samples: number[] = [];
    const countSamples: number[] = [];
    for (const word of ['websockets', 'template', 'queue', 'admin', 'graphql', 'cache', 'typing']) {
      await page.locator('#search-query').fill('');
      await page.waitForTimeout(200);
      const elapsed = await page.evaluate(async (text) => {
        const input = document.querySelector<HTMLInputElement>('#search-query')!;
        const list = document.querySelector('#results')!;
        // Every search replaces the result list's children, so its first mutation marks "results shown".
        const shown = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve();
          });
          observer.observe(list, { childList: true });
        });
        const form = document.querySelector<HTMLFormElement>('#search-form')!;
        // The page marks the form "done" once every option's count for the new words is written.
        const counted = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (form.dataset.counts !== 'done') return;
            observer.disconnect();
            resolve();
          });
          observer.observe(form, { attributes: true, attributeFilter: ['data-counts'] });
        });
        const start = performance.now();
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await shown;
        const results = performance.now() - start;
        await counted;
        return { results, counts: performance.now() - start };
      }, word);
      samples.push(elapsed.results);
      countSamples.push(elapsed.counts);
    }
    const median = (values: number[]) => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!);
    return {
      bytesToFirstResults,
      keypressToResultsMs: median(samples),
      bytesToCounts,
      keypressToCountsMs: median(countSamples),
    };
  } finally {
    await browser.close();
  }
}
