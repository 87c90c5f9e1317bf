import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA rules, the bar in DESIGN.md. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The rules whose outcome depends on the colour scheme; the dark pass runs only these. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * axe violations on the page as it is now, as short readable lines. With
 * `colourOnly`, only the colour rules run: the markup is the same in both
 * schemes, so the second pass checks what the scheme changes at half the cost.
 */
export async function axeViolations(page: Page, { colourOnly = false } = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (colourOnly ? builder.withRules(colourRules) : builder.withTags(tags)).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`),
  );
}
