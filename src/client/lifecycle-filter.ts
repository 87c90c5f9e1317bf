/**
 * Progressive enhancement for /lifecycle/: a language picker that hides the
 * rows (marked `data-languages`) of other languages. Without JavaScript every
 * row shows.
 */
export function enhanceLifecycleFilter(root: HTMLElement): void {
  const select = root.querySelector('select');
  if (!select) return;
  const rows = [...document.querySelectorAll<HTMLElement>('[data-languages]')];
  const apply = () => {
    const language = select.value;
    for (const row of rows) {
      row.hidden = language !== '' && !(row.dataset.languages ?? '').split('|').includes(language);
    }
  };
  select.addEventListener('change', apply);
  apply();
}
