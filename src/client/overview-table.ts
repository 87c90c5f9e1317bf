import { followQuery, writeQuery } from './url-state';
import { enhanceSortableTable } from './sortable-table';
import { filterRows } from './row-filter';
import type { SortDirection } from '../lib/sort';

/**
 * The table of profiles on the home and language pages: sorted by a column
 * and, where the page offers them, filtered by language and kind; the whole
 * view in the URL (`?language=Go&kind=framework&sort=firstRelease&order=descending`).
 */
export function enhanceOverviewTable(): void {
  const table = document.querySelector<HTMLTableElement>('table.overview');
  if (!table) return;
  // A detached form stands in where the page offers no filters: its selects stay empty.
  const form = document.querySelector<HTMLElement>('#overview-filters') ?? document.createElement('form');
  const select = (name: string) =>
    form.querySelector<HTMLSelectElement>(`select[name="${name}"]`) ?? document.createElement('select');
  const language = select('language');
  const kind = select('kind');
  const count = form.querySelector<HTMLOutputElement>('#overview-count') ?? document.createElement('output');
  const empty = document.querySelector<HTMLElement>('#overview-empty')!;
  const keys = [...table.tHead!.rows[0]!.cells].map((th) => th.dataset.key ?? '');
  const rows = [...table.tBodies[0]!.rows];
  let sort: { column: number; direction: SortDirection } | undefined;

  const query = () => {
    const params = new URLSearchParams();
    if (language.value) params.set('language', language.value);
    if (kind.value) params.set('kind', kind.value);
    if (sort) {
      params.set('sort', keys[sort.column] ?? '');
      if (sort.direction === 'descending') params.set('order', 'descending');
    }
    return params.toString();
  };

  const filter = () => filterRows(rows, { language: language.value, kind: kind.value }, count, empty);

  const sortable = enhanceSortableTable(table, (column, direction) => {
    sort = { column, direction };
    writeQuery(query(), 'push');
  });
  form.addEventListener('change', () => {
    writeQuery(query(), 'push');
    filter();
  });
  followQuery((search) => {
    const params = new URLSearchParams(search);
    language.value = params.get('language') ?? '';
    kind.value = params.get('kind') ?? '';
    const column = keys.indexOf(params.get('sort') ?? '');
    sort =
      column >= 0
        ? { column, direction: params.get('order') === 'descending' ? 'descending' : 'ascending' }
        : undefined;
    sortable.sortBy(sort?.column ?? 0, sort?.direction ?? 'ascending');
    filter();
  });
}
