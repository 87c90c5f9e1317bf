/** Wires the "Show only differences" checkbox to every compare table on the page. */
export function bindDifferencesToggle(): void {
  const box = document.querySelector<HTMLInputElement>('#only-differences');
  if (!box) return;
  box.closest<HTMLElement>('.diff-toggle')!.hidden = false;
  const apply = () => {
    document
      .querySelectorAll('table.compare')
      .forEach((table) => table.classList.toggle('only-differences', box.checked));
  };
  box.addEventListener('change', apply);
  apply();
}
