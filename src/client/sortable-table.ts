import { compareCells, type SortDirection } from '../lib/sort';

/** A sortable table's controls: sort by a column index, and hear of every sort the reader makes. */
export interface SortableTable {
  sortBy: (column: number, direction: SortDirection) => void;
}

/**
 * Progressive enhancement: wraps each column heading in a button that sorts
 * the rows in place and reports the order through `aria-sort`. Without
 * JavaScript the table is complete, in its default order.
 */
export function enhanceSortableTable(
  table: HTMLTableElement,
  onSort: (column: number, direction: SortDirection) => void = () => {},
): SortableTable {
  const headers = [...table.tHead!.rows[0]!.cells];
  const body = table.tBodies[0]!;
  function sortBy(column: number, direction: SortDirection) {
    const th = headers[column];
    if (!th) return;
    headers.forEach((h) => h.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', direction);
    const numeric = th.dataset.type === 'number';
    const rows = [...body.rows].sort((a, b) =>
      compareCells(a.cells[column]!.textContent, b.cells[column]!.textContent, numeric, direction),
    );
    body.append(...rows);
  }
  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const direction: SortDirection = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      sortBy(column, direction);
      onSort(column, direction);
    });
  });
  return { sortBy };
}
