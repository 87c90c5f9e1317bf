/**
 * The one history policy for pages that keep their state in the query string
 * (search, compare, finder, matrix): a discrete choice (a tick, an add, a
 * select) pushes an entry so back undoes it; typing replaces the current entry
 * so back does not replay every keystroke. The hash is kept, so a deep link to
 * a row survives a change of state.
 */
export type HistoryMode = 'push' | 'replace';

/** Puts `query` (without "?") in the address bar under the given mode. */
export function writeQuery(query: string, mode: HistoryMode): void {
  const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** Calls `restore` with the page's query string now and after every back or forward. */
export function followQuery(restore: (search: string) => void): void {
  window.addEventListener('popstate', () => restore(location.search));
  restore(location.search);
}
