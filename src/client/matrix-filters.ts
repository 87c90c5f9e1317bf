import { followQuery, writeQuery } from './url-state';
import { matrixCountText } from '../lib/matrix-count';

/**
 * Filters the feature matrix's rows by language and kind, keeping the choice
 * in the URL (`?language=Go&kind=framework`) so a filtered matrix can be shared.
 */
export function enhanceMatrixFilters(): void {
  const form = document.querySelector<HTMLElement>('#matrix-filters');
  if (!form) return;
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('.matrix tbody tr')];
  const count = form.querySelector<HTMLOutputElement>('#matrix-count')!;
  const empty = document.querySelector<HTMLElement>('#matrix-empty')!;
  const language = form.querySelector<HTMLSelectElement>('select[name="language"]')!;
  const kind = form.querySelector<HTMLSelectElement>('select[name="kind"]')!;

  function apply() {
    let shown = 0;
    for (const row of rows) {
      const visible =
        (!language.value || (row.dataset.languages ?? '').split('|').includes(language.value)) &&
        (!kind.value || row.dataset.kind === kind.value);
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    count.textContent = matrixCountText(shown, rows.length);
    empty.hidden = shown > 0;
  }

  form.addEventListener('change', () => {
    const next = new URLSearchParams();
    if (language.value) next.set('language', language.value);
    if (kind.value) next.set('kind', kind.value);
    writeQuery(next.toString(), 'push');
    apply();
  });
  followQuery((search) => {
    const params = new URLSearchParams(search);
    language.value = params.get('language') ?? '';
    kind.value = params.get('kind') ?? '';
    apply();
  });
}
