import { BASE, withBase } from '../lib/urls';
import type { FilterCounts } from '../lib/search/counts';
import type { PagefindFilters } from '../lib/search/filters';

/** The parts of Pagefind's browser API (pagefind.js, 1.x) that the search page uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Set when the sub-result starts at a heading with an id. */
  anchor?: { id: string; text: string };
}

export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  excerpt: string;
  sub_results?: PagefindSubResult[];
}

export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  /** Result counts per filter value, given the query and the other filters (loaded groups only). */
  filters: FilterCounts;
}

export interface PagefindApi {
  options: (options: { baseUrl?: string }) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (
    term: string | null,
    options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindSearch>;
}

/**
 * Loads the Pagefind bundle the build wrote under the base path. Filter data
 * loads lazily, so `search().filters` would hold only groups already fetched;
 * awaiting `filters()` once loads every group, and counts are complete from
 * the first search on.
 */
export async function loadPagefind(): Promise<PagefindApi> {
  const url = withBase('pagefind/pagefind.js');
  const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
  await api.options({ baseUrl: BASE });
  await api.init();
  await api.filters();
  return api;
}
