import { followQuery, writeQuery, type HistoryMode } from './url-state';
import type { FeatureKey } from '../schemas/features';
import { optionCounts } from '../lib/search/counts';
import { chips, describeRelaxation, resultsText } from '../lib/search/describe';
import { FEATURE_FILTER, type FacetName } from '../lib/search/facets';
import { countQueries, pagefindFilters, relaxations, type PagefindFilters } from '../lib/search/filters';
import { featureFilterValue, featureLevels, isFeatureLevel } from '../lib/search/levels';
import { didYouMean, profileNamed, type ProfileName } from '../lib/search/names';
import { rankResults } from '../lib/search/rank';
import {
  activeFilterCount,
  isEmptyState,
  parseState,
  serializeState,
  toggleFeature,
  toggleFilter,
  type SearchState,
} from '../lib/search/state';
import { expandSynonyms, featuresNamed } from '../lib/search/synonyms';
import { loadPagefind, type PagefindApi, type PagefindSearch } from './pagefind-api';
import { clearCounts, showCounts } from './search-counts';
import { renderResult } from './search-result';
import { bindFilterSheet } from './search-sheet';

/** Results shown at once (each needs its page data fetched); the rest follow on request. */
const PAGE = 25;
/** Results whose titles are read before ranking, to find the page a query names. */
const TITLES_READ = 8;

function button(text: string, onClick: () => void, label?: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  if (label) b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}

/**
 * The /search/ page: reads the state from the URL, runs Pagefind (query
 * synonyms expanded), ranks and renders results, then every option's count,
 * and keeps the URL in step through the shared history policy.
 */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('#search-query')!;
  const list = form.querySelector<HTMLOListElement>('#results')!;
  const status = form.querySelector<HTMLElement>('#result-count')!;
  const note = form.querySelector<HTMLElement>('#query-note')!;
  const noResults = form.querySelector<HTMLElement>('#no-results')!;
  const chipList = form.querySelector<HTMLUListElement>('#active-filters')!;
  const facetBoxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:not([name="feature"])')];
  const featureBoxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="feature"]')];
  const levelSelects = [...form.querySelectorAll<HTMLSelectElement>('select[data-level-for]')];
  const names = JSON.parse(document.querySelector('#search-names')?.textContent ?? '[]') as ProfileName[];
  const more = form.querySelector<HTMLButtonElement>('#more-results')!;
  const sheet = bindFilterSheet(form);

  let state = parseState('');
  // Listeners bind at once, so a tick made while Pagefind loads is kept; searches wait for it.
  const pagefindReady: Promise<PagefindApi> = loadPagefind();
  let generation = 0;

  function applyStateToForm() {
    input.value = state.query;
    for (const box of facetBoxes) box.checked = state.filters[box.name as FacetName].includes(box.value);
    for (const box of featureBoxes) box.checked = state.features.some((c) => c.key === box.value);
    for (const select of levelSelects) {
      const chosen = state.features.find((c) => c.key === select.dataset.levelFor);
      select.closest<HTMLElement>('[data-level-row]')!.hidden = !chosen;
      if (chosen) select.value = chosen.level;
    }
  }

  function commit(next: SearchState, mode: HistoryMode) {
    state = next;
    writeQuery(serializeState(state), mode);
    applyStateToForm();
    void run();
  }

  const termOf = (s: SearchState) => expandSynonyms(s.query).term || null;
  async function search(s: SearchState, filters: PagefindFilters = pagefindFilters(s)) {
    const term = termOf(s);
    const pagefind = await pagefindReady;
    return pagefind.search(term, { filters, ...(term ? {} : { sort: { name: 'asc' } }) });
  }

  /**
   * Result ids in display order. Strength per result comes from filter-only
   * searches (no page data needed): one per named feature and level. Titles
   * are read for the first results only, where Pagefind puts a name match.
   */
  async function rankedIds(current: SearchState, term: string, ids: PagefindSearch['results']) {
    const named = featuresNamed(term);
    const strength = new Map<string, number>();
    const base = pagefindFilters(current);
    const ticked = base[FEATURE_FILTER] && 'all' in base[FEATURE_FILTER] ? base[FEATURE_FILTER].all : [];
    await Promise.all(
      named.flatMap((key) =>
        featureLevels.map(async ({ key: level }) => {
          const filters = { ...base, [FEATURE_FILTER]: { all: [...ticked, featureFilterValue(key, level)] } };
          for (const r of (await search(current, filters)).results) strength.set(r.id, (strength.get(r.id) ?? 0) + 1);
        }),
      ),
    );
    // The page of a profile the query names, found through its `profile` filter wherever Pagefind ranked it.
    const namedProfile = profileNamed(names, term);
    const own = namedProfile
      ? new Set((await search(current, { ...base, profile: { any: [namedProfile.slug] } })).results.map((r) => r.id))
      : new Set<string>();
    const titled = await Promise.all(ids.slice(0, TITLES_READ).map((r) => r.data()));
    const rankable = ids.map((r, i) => ({
      r,
      title: own.has(r.id) ? namedProfile!.name : titled[i]?.meta.title,
      strength: strength.get(r.id) ?? 0,
    }));
    return rankResults(rankable, term, names).map((x) => x.r);
  }

  async function run() {
    const mine = ++generation;
    const current = state;
    form!.dataset.counts = 'pending'; // "done" once every option's count is written (the benchmark waits for it)
    const result = await search(current);
    const term = termOf(current) ?? '';
    const ordered = term ? await rankedIds(current, term, result.results) : result.results;
    const total = ordered.length;
    const first = await Promise.all(ordered.slice(0, PAGE).map((r) => r.data()));
    if (mine !== generation) return; // a newer search has started
    list.replaceChildren(...first.map((d) => renderResult(d, current.features, Boolean(term))));
    more.hidden = total <= PAGE;
    more.textContent = `Show all ${total} results`;
    more.onclick = async () => {
      const rest = await Promise.all(ordered.slice(PAGE).map((r) => r.data()));
      if (mine !== generation) return;
      list.append(...rest.map((d) => renderResult(d, current.features, Boolean(term))));
      more.hidden = true;
    };
    status.textContent = isEmptyState(current) ? `All ${total} profiles` : resultsText(total);
    sheet.update(activeFilterCount(current), resultsText(total));
    renderChips(current);
    renderNote(current);
    noResults.hidden = true;

    const queries = countQueries(current);
    const extra = await Promise.all(
      queries.map(async (query) => ({ query, filters: (await search(current, query.filters)).filters })),
    );
    if (mine !== generation) return;
    showCounts(form!, optionCounts(current, total, result.filters, extra));
    form!.dataset.counts = 'done';
    if (total === 0 && activeFilterCount(current) > 0) await suggestRelaxations(current, mine);
  }

  function renderChips(current: SearchState) {
    chipList.replaceChildren(
      ...chips(current).map((chip) => {
        const li = document.createElement('li');
        const next = () =>
          'facet' in chip.remove
            ? toggleFilter(state, chip.remove.facet, chip.remove.value, false)
            : toggleFeature(state, chip.remove.feature, false);
        li.append(button(`${chip.text} ✕`, () => commit(next(), 'push'), `Remove filter ${chip.text}`));
        return li;
      }),
    );
  }

  function renderNote(current: SearchState) {
    const { replaced } = expandSynonyms(current.query);
    const suggestion = didYouMean(names, current.query);
    note.replaceChildren();
    if (replaced.length > 0) {
      note.append(`Searching for ${replaced.map((r) => `“${r.name}” (for “${r.words}”)`).join(', ')}.`);
    }
    if (suggestion) {
      note.append(
        'Did you mean ',
        button(`${suggestion.name}?`, () => commit({ ...state, query: suggestion.name }, 'push')),
      );
    }
    note.hidden = note.childNodes.length === 0;
  }

  async function suggestRelaxations(current: SearchState, mine: number) {
    const options = await Promise.all(
      relaxations(current).map(async (r) => ({ r, count: (await search(r.state)).results.length })),
    );
    if (mine !== generation) return;
    const useful = options.filter((o) => o.count > 0).sort((a, b) => b.count - a.count);
    const heading = document.createElement('p');
    heading.textContent = useful.length
      ? 'Nothing matches all of these. Lower a level or remove one filter:'
      : 'Nothing matches. Try other words, or clear the filters.';
    const buttons = useful.map((o) => button(describeRelaxation(o.r, o.count), () => commit(o.r.state, 'push')));
    noResults.replaceChildren(heading, ...buttons);
    noResults.hidden = false;
    status.textContent = `No results. ${heading.textContent}`;
  }

  input.addEventListener('input', () => commit({ ...state, query: input.value.trim() }, 'replace'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit({ ...state, query: input.value.trim() }, 'replace');
  });
  for (const box of facetBoxes) {
    box.addEventListener('change', () =>
      commit(toggleFilter(state, box.name as FacetName, box.value, box.checked), 'push'),
    );
  }
  for (const box of featureBoxes) {
    box.addEventListener('change', () => commit(toggleFeature(state, box.value as FeatureKey, box.checked), 'push'));
  }
  for (const select of levelSelects) {
    select.addEventListener('change', () => {
      if (isFeatureLevel(select.value))
        commit(toggleFeature(state, select.dataset.levelFor as FeatureKey, true, select.value), 'push');
    });
  }
  form
    .querySelector('#clear-filters')
    ?.addEventListener('click', () => commit({ ...parseState(''), query: state.query }, 'push'));
  followQuery((search) => {
    state = parseState(search);
    if (!isEmptyState(state)) clearCounts(form);
    applyStateToForm();
    void run();
  });
}
