/**
 * The one collator every sort uses. Its locale is fixed, so the order of
 * names, slugs and table rows never depends on the machine's `LANG`:
 * case and accents do not count ("django" beside "Django"), digit runs
 * compare as numbers ("9" before "10").
 */
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Orders two strings by the site's collator; strings it deems equal fall back to code-unit order, so every sort is total. */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export type SortDirection = 'ascending' | 'descending';

/** Compares two table cells' text as numbers or as text, in the given direction. */
export function compareCells(a: string, b: string, numeric: boolean, direction: SortDirection): number {
  const order = numeric ? Number.parseFloat(a) - Number.parseFloat(b) : compareText(a.trim(), b.trim());
  return direction === 'ascending' ? order : -order;
}
