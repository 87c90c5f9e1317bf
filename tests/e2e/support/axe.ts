import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/**
 * axe-core, injected once per page and run in place. Driving axe-core
 * directly (rather than through @axe-core/playwright, which re-injects and
 * walks frames on every run) makes a page's two passes about three times
 * faster, which is what lets the suite check every page within CI's budget.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Makes axe available on every page the given page navigates to, compiled once per context. */
export async function preloadAxe(page: Page): Promise<void> {
  await page.addInitScript(axeSource);
}

/** WCAG 2.2 AA rules, the bar in DESIGN.md. */
const wcag: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

/** The rules whose outcome depends on the colour scheme. */
const colour: RunOptions = {
  runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] },
  resultTypes: ['violations'],
};

/** The rules whose outcome depends on the viewport's layout, besides colour: a narrow screen changes these. */
const layout: RunOptions = {
  runOnly: {
    type: 'rule',
    values: ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable', 'meta-viewport'],
  },
  resultTypes: ['violations'],
};

/**
 * axe violations on the page as it is now, as short readable lines. With
 * `only: 'colour'`, only the colour rules run: the markup is the same in both
 * schemes, so the second pass checks what the scheme changes. With
 * `only: 'layout'`, the rules a narrow viewport can change run, for a page
 * whose markup a full pass has already checked at desktop width.
 */
export async function axeViolations(page: Page, { only }: { only?: 'colour' | 'layout' } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const run = (options: RunOptions) =>
    page.evaluate(
      (o) => (window as unknown as { axe: { run: (o: RunOptions) => Promise<AxeResults> } }).axe.run(o),
      options,
    );
  // A clean page is the common case: check it without building CSS selectors for every node (about a third
  // of axe's time), and only when something fails run again for selectors that say where.
  const rules = only === 'colour' ? colour : only === 'layout' ? layout : wcag;
  const quick = await run({ ...rules, selectors: false, ancestry: false, xpath: false, iframes: false });
  if (quick.violations.length === 0) return [];
  const results = await run(rules);
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`),
  );
}
