import { followQuery, writeQuery } from './url-state';
import { filterRows } from './row-filter';
import { parseMatrixState, serializeMatrixState, sortRows, type MatrixState } from '../lib/matrix-state';
import { featureKeys, type FeatureKey } from '../schemas/features';
import type { SupportLevel } from '../schemas/support-levels';

/**
 * The feature matrix's view: rows filtered by language and kind and sorted by
 * name, totals or one feature's level; columns limited to chosen features. The
 * whole view lives in the URL (`?language=Go&features=orm,csrf&sort=orm`), so
 * it can be shared, and each change pushes a history entry.
 */
export function enhanceMatrixFilters(): void {
  const form = document.querySelector<HTMLElement>('#matrix-filters');
  const tbody = document.querySelector<HTMLTableSectionElement>('.matrix tbody');
  if (!form || !tbody) return;
  // A cell's feature is its column's: the header row names the keys, and each row's cells follow in that order.
  const headers = [...document.querySelectorAll<HTMLElement>('.matrix thead th[data-key]')];
  const keys = headers.map((th) => th.dataset.key as FeatureKey);
  const rows = [...tbody.rows].map((row) => {
    const cells = [...row.querySelectorAll<HTMLElement>('td')];
    const levels = Object.fromEntries(keys.map((key, i) => [key, cells[i]?.dataset.level])) as Partial<
      Record<FeatureKey, SupportLevel>
    >;
    return { row, cells, name: row.cells[0]?.textContent.trim() ?? '', levels };
  });
  const count = form.querySelector<HTMLOutputElement>('#matrix-count')!;
  const columnsCount = form.querySelector<HTMLElement>('#matrix-columns-count')!;
  const empty = document.querySelector<HTMLElement>('#matrix-empty')!;
  const language = form.querySelector<HTMLSelectElement>('select[name="language"]')!;
  const kind = form.querySelector<HTMLSelectElement>('select[name="kind"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="feature"]')];

  function read(): MatrixState {
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value as FeatureKey);
    return {
      language: language.value,
      kind: kind.value,
      features: chosen.length === featureKeys.length ? [] : chosen,
      sort: sort.value as MatrixState['sort'],
    };
  }

  function apply(state: MatrixState) {
    language.value = state.language;
    kind.value = state.kind;
    sort.value = state.sort;
    const shownColumns = new Set(state.features.length > 0 ? state.features : featureKeys);
    for (const box of boxes) box.checked = shownColumns.has(box.value as FeatureKey);
    keys.forEach((key, i) => {
      const hidden = !shownColumns.has(key);
      headers[i]!.hidden = hidden;
      for (const { cells } of rows) cells[i]!.hidden = hidden;
    });
    columnsCount.textContent =
      shownColumns.size === featureKeys.length
        ? `all ${featureKeys.length}`
        : `${shownColumns.size} of ${featureKeys.length}`;

    filterRows(
      rows.map((r) => r.row),
      state,
      count,
      empty,
    );
    tbody!.append(...sortRows(rows, state).map((r) => r.row));
  }

  function commit(state: MatrixState) {
    writeQuery(serializeMatrixState(state), 'push');
    apply(state);
  }

  form.addEventListener('change', () => commit(read()));
  form.querySelector('#matrix-all-columns')?.addEventListener('click', () => commit({ ...read(), features: [] }));
  followQuery((search) => apply(parseMatrixState(search)));
}
