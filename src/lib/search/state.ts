import { facets, type FacetName } from './facets';

/** Everything a search shows, as kept in the URL: `?q=realtime&language=Go&has=orm,websockets`. */
export interface SearchState {
  query: string;
  filters: Record<FacetName, string[]>;
}

export function emptyState(): SearchState {
  return {
    query: '',
    filters: Object.fromEntries(facets.map((f) => [f.name, []])) as unknown as SearchState['filters'],
  };
}

/** Reads a state from a URL query string; values are comma-separated, unknown parameters ignored. */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.query = (params.get('q') ?? '').trim();
  for (const { name } of facets) {
    const values = params.getAll(name).flatMap((v) => v.split(','));
    state.filters[name] = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  }
  return state;
}

/** The query string for a state (without "?"), in a stable parameter order; empty parts are left out. */
export function serializeState(state: SearchState): string {
  const parts: string[] = [];
  if (state.query) parts.push(`q=${encodeURIComponent(state.query)}`);
  for (const { name } of facets) {
    const values = state.filters[name];
    if (values.length > 0) parts.push(`${name}=${values.map(encodeURIComponent).join(',')}`);
  }
  return parts.join('&');
}

/** True when the state asks for nothing: no words, no ticked filter. */
export function isEmptyState(state: SearchState): boolean {
  return !state.query && facets.every(({ name }) => state.filters[name].length === 0);
}

/** A copy of the state with one filter value ticked or unticked. */
export function toggleFilter(state: SearchState, facet: FacetName, value: string, on: boolean): SearchState {
  const current = state.filters[facet].filter((v) => v !== value);
  return { ...state, filters: { ...state.filters, [facet]: on ? [...current, value] : current } };
}
