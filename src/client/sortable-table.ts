import { compareCells, type SortDirection } from '../lib/sort';

/**
 * Progressive enhancement: wraps each column heading in a button that sorts
 * the rows in place and reports the order through `aria-sort`. Without
 * JavaScript the table is complete, in its default order.
 */
export function enhanceSortableTable(table: HTMLTableElement): void {
  const headers = [...table.tHead!.rows[0]!.cells];
  const body = table.tBodies[0]!;
  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const direction: SortDirection = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', direction);
      const numeric = th.dataset.type === 'number';
      const rows = [...body.rows].sort((a, b) =>
        compareCells(a.cells[column]!.textContent ?? '', b.cells[column]!.textContent ?? '', numeric, direction),
      );
      body.append(...rows);
    });
  });
}
