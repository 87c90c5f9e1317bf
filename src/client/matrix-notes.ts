/**
 * A matrix cell's note as a tooltip on hover and on keyboard focus (the
 * `title` attribute alone shows on hover only and is not announced reliably).
 * One tooltip element serves every cell: it describes the focused cell's link,
 * stays while the pointer is over it, and Escape dismisses it (WCAG 1.4.13).
 */
export function enhanceMatrixNotes(): void {
  const table = document.querySelector<HTMLElement>('.matrix');
  if (!table) return;
  const tip = document.createElement('div');
  tip.id = 'matrix-note';
  tip.setAttribute('role', 'tooltip');
  tip.className = 'matrix-note';
  tip.hidden = true;
  document.body.append(tip);
  let owner: HTMLElement | null = null;

  // The script takes over from `title`, so the browser's own tooltip does not appear as well.
  for (const link of table.querySelectorAll<HTMLAnchorElement>('td a[title]')) {
    link.dataset.note = link.title;
    link.removeAttribute('title');
  }

  function show(link: HTMLElement) {
    const cell = link.closest<HTMLElement>('td')!;
    const row = cell.closest('tr')?.querySelector('th')?.textContent.trim() ?? '';
    const level = link.getAttribute('aria-label') ?? '';
    tip.textContent = `${row}, ${cell.dataset.feature ?? ''}: ${level}. ${link.dataset.note ?? ''}`;
    tip.hidden = false;
    const box = cell.getBoundingClientRect();
    const left = Math.min(box.left, document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = `${Math.max(8, left)}px`;
    tip.style.top = `${box.bottom + 4}px`;
    owner?.removeAttribute('aria-describedby');
    owner = link;
    link.setAttribute('aria-describedby', tip.id);
  }

  function hide() {
    tip.hidden = true;
    owner?.removeAttribute('aria-describedby');
    owner = null;
  }

  const noteLink = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>('td a[data-note]') : null;
  table.addEventListener('focusin', (event) => {
    const link = noteLink(event.target);
    if (link) show(link);
  });
  table.addEventListener('focusout', hide);
  table.addEventListener('mouseover', (event) => {
    const link = noteLink(event.target);
    if (link && link !== owner) show(link);
  });
  table.addEventListener('mouseout', (event) => {
    if (!(event.relatedTarget instanceof Node && tip.contains(event.relatedTarget)) && !noteLink(event.relatedTarget))
      hide();
  });
  tip.addEventListener('mouseleave', hide);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !tip.hidden) hide();
  });
  window.addEventListener('scroll', hide, { passive: true, capture: true });
}
