/** The compare builder takes two to four profiles. */
export const MAX_COMPARE = 4;
export const MIN_COMPARE = 2;

/**
 * Reads `?with=django,rails` into known slugs (order kept, duplicates and
 * anything past four dropped) and the unknown ones, which the page names.
 */
export function parseSelection(search: string, known: ReadonlySet<string>): { slugs: string[]; unknown: string[] } {
  const raw = (new URLSearchParams(search).get('with') ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unique = [...new Set(raw)];
  return {
    slugs: unique.filter((s) => known.has(s)).slice(0, MAX_COMPARE),
    unknown: unique.filter((s) => !known.has(s)),
  };
}

/** The `with=` query (without "?") for a selection, order kept; empty for none. */
export function selectionQuery(slugs: readonly string[]): string {
  return slugs.length > 0 ? `with=${slugs.join(',')}` : '';
}
