import { followQuery, writeQuery, type HistoryMode } from './url-state';
import { facets, type FacetName } from '../lib/search/facets';
import { facetsNeedingOwnCounts, pagefindFilters, relaxations } from '../lib/search/filters';
import { facetValueLabel } from '../lib/search/labels';
import { isEmptyState, parseState, serializeState, toggleFilter, type SearchState } from '../lib/search/state';
import { loadPagefind, type PagefindApi, type PagefindResultData } from './pagefind-api';
import { renderResult } from './search-result';

/**
 * The /search/ page: reads the state from the URL, runs Pagefind, renders
 * results and facet counts, and keeps the URL in step (typing replaces the
 * history entry, ticking a filter adds one, so back/forward steps through filters).
 */
export async function startSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('#search-query')!;
  const list = form.querySelector<HTMLOListElement>('#results')!;
  const status = form.querySelector<HTMLElement>('#result-count')!;
  const noResults = form.querySelector<HTMLElement>('#no-results')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  let state = parseState('');
  const pagefind: PagefindApi = await loadPagefind();
  let generation = 0;

  function applyStateToForm() {
    input.value = state.query;
    for (const box of boxes) box.checked = state.filters[box.name as FacetName].includes(box.value);
  }

  function commit(next: SearchState, mode: HistoryMode) {
    state = next;
    writeQuery(serializeState(state), mode);
    void run();
  }

  async function search(s: SearchState, without?: FacetName) {
    const term = s.query || null;
    return pagefind.search(term, { filters: pagefindFilters(s, without), ...(term ? {} : { sort: { name: 'asc' } }) });
  }

  async function run() {
    const mine = ++generation;
    const current = state;
    const result = await search(current);
    const data = await Promise.all(result.results.map((r) => r.data()));
    if (mine !== generation) return; // a newer search has started
    renderResults(data, current);
    await updateCounts(current, result.filters);
    if (data.length === 0 && !isEmptyState(current)) await suggestRelaxations(current, mine);
  }

  function renderResults(data: PagefindResultData[], current: SearchState) {
    const ticked = [...current.filters.has, ...current.filters.offers];
    list.replaceChildren(...data.map((d) => renderResult(d, ticked)));
    const noun = data.length === 1 ? 'result' : 'results';
    status.textContent = isEmptyState(current) ? `All ${data.length} profiles` : `${data.length} ${noun}`;
    noResults.hidden = true;
  }

  async function updateCounts(current: SearchState, counts: Record<string, Record<string, number>>) {
    const own = await Promise.all(
      facetsNeedingOwnCounts(current).map(async (f) => [f, (await search(current, f)).filters[f]] as const),
    );
    const merged = { ...counts, ...Object.fromEntries(own) };
    for (const span of form!.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [facet = '', value = ''] = (span.dataset.countFor ?? '').split(':');
      span.textContent = String(merged[facet]?.[value] ?? 0);
    }
  }

  async function suggestRelaxations(current: SearchState, mine: number) {
    const options = await Promise.all(
      relaxations(current).map(async (r) => ({ ...r, count: (await search(r.state)).results.length })),
    );
    if (mine !== generation) return;
    const useful = options.filter((o) => o.count > 0).sort((a, b) => b.count - a.count);
    const heading = document.createElement('p');
    heading.textContent = useful.length
      ? 'Nothing matches all of these. Remove one filter:'
      : 'Nothing matches. Try other words, or clear the filters.';
    const buttons = useful.map((o) => {
      const button = document.createElement('button');
      button.type = 'button';
      const facet = facets.find((f) => f.name === o.facet)?.short ?? o.facet;
      button.textContent = `Remove “${facetValueLabel(o.facet, o.value)}” (${facet}): ${o.count} ${o.count === 1 ? 'result' : 'results'}`;
      button.addEventListener('click', () => {
        commit(o.state, 'push');
        applyStateToForm();
      });
      return button;
    });
    noResults.replaceChildren(heading, ...buttons);
    noResults.hidden = false;
    status.textContent = `No results. ${heading.textContent}`;
  }

  input.addEventListener('input', () => {
    commit({ ...state, query: input.value.trim() }, 'replace');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit({ ...state, query: input.value.trim() }, 'replace');
  });
  for (const box of boxes) {
    box.addEventListener('change', () => {
      commit(toggleFilter(state, box.name as FacetName, box.value, box.checked), 'push');
    });
  }
  form.querySelector('#clear-filters')?.addEventListener('click', () => {
    commit({ ...parseState(''), query: state.query }, 'push');
    applyStateToForm();
  });
  followQuery((search) => {
    state = parseState(search);
    applyStateToForm();
    void run();
  });
}
