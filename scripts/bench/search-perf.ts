import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium';

export interface SearchFigures {
  /** Bytes transferred, from a cold cache, until the first results are on screen. */
  bytesToFirstResults: number;
  /** Median time from a keypress to the results being updated, once the index is loaded. */
  keypressToResultsMs: number;
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
    await page.goto(`${baseUrl}search/?q=orm`);
    await page.locator('#results .result').first().waitFor();
    const bytesToFirstResults = bytes;

    const samples: number[] = [];
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
        const start = performance.now();
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await shown;
        return performance.now() - start;
      }, word);
      samples.push(elapsed);
    }
    samples.sort((a, b) => a - b);
    return { bytesToFirstResults, keypressToResultsMs: Math.round(samples[Math.floor(samples.length / 2)]!) };
  } finally {
    await browser.close();
  }
}
