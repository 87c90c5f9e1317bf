/**
 * The phone layout's filter sheet: below 40rem the filters are hidden and a
 * "Filters (n)" button opens them in a modal dialog (focus kept inside,
 * Escape closes) with a "Show N results" button. The filters are moved into
 * the dialog while it is open and back afterwards, so one set of controls
 * serves both layouts and keeps its state.
 */
export function bindFilterSheet(form: HTMLFormElement): { update: (active: number, results: string) => void } {
  const opener = form.querySelector<HTMLButtonElement>('#open-filters')!;
  const sheet = form.querySelector<HTMLDialogElement>('#filter-sheet')!;
  const slot = sheet.querySelector<HTMLElement>('#sheet-slot')!;
  const home = form.querySelector<HTMLElement>('#facet-home')!;
  const facets = form.querySelector<HTMLElement>('#facets')!;
  const show = sheet.querySelector<HTMLButtonElement>('#show-results')!;
  const wide = window.matchMedia('(min-width: 40rem)');

  opener.addEventListener('click', () => {
    slot.append(facets);
    sheet.showModal();
  });
  for (const button of sheet.querySelectorAll('[data-close-sheet]'))
    button.addEventListener('click', () => sheet.close());
  sheet.addEventListener('close', () => {
    home.append(facets);
    opener.focus();
  });
  wide.addEventListener('change', () => {
    if (wide.matches && sheet.open) sheet.close();
  });

  return {
    update(active, results) {
      opener.textContent = `Filters (${active})`;
      show.textContent = `Show ${results}`;
    },
  };
}
