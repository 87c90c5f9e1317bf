export type SortDirection = 'ascending' | 'descending';

/** Compares two table cells' text as numbers or as text, in the given direction. */
export function compareCells(a: string, b: string, numeric: boolean, direction: SortDirection): number {
  const order = numeric
    ? Number.parseFloat(a) - Number.parseFloat(b)
    : a.trim().localeCompare(b.trim(), 'en', { sensitivity: 'base', numeric: true });
  return direction === 'ascending' ? order : -order;
}
