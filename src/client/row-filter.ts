import { shownCountText } from '../lib/shown-count';

/**
 * Shows the rows of a profile table whose `data-languages` (joined by "|")
 * include the language and whose `data-kind` is the kind (empty: any), and
 * says how many are shown; the home table and the matrix share it.
 */
export function filterRows(
  rows: readonly HTMLTableRowElement[],
  { language, kind }: { language: string; kind: string },
  count: HTMLElement,
  empty: HTMLElement,
): void {
  let shown = 0;
  for (const row of rows) {
    const visible =
      (!language || (row.dataset.languages ?? '').split('|').includes(language)) &&
      (!kind || row.dataset.kind === kind);
    row.hidden = !visible;
    if (visible) shown += 1;
  }
  count.textContent = shownCountText(shown, rows.length);
  empty.hidden = shown > 0;
}
