/** True when a key press would type into something, so "/" must not be taken over. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** "/" focuses the search box from anywhere on the page (as on GitHub and MDN). */
export function bindSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const input = document.querySelector<HTMLInputElement>('#search-query, [data-search-shortcut]');
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
