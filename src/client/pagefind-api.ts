import { BASE, withBase } from '../lib/urls';
import type { PagefindFilters } from '../lib/search/filters';

/** The parts of Pagefind's browser API (pagefind.js, 1.x) that the search page uses. */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  excerpt: string;
}

export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  /** Result counts per filter value, given the query and the other filters. */
  filters: Record<string, Record<string, number>>;
}

export interface PagefindApi {
  options: (options: { baseUrl?: string }) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string | null,
    options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindSearch>;
}

/** Loads the Pagefind bundle the build wrote under the base path. */
export async function loadPagefind(): Promise<PagefindApi> {
  const url = withBase('pagefind/pagefind.js');
  const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
  await api.options({ baseUrl: BASE });
  await api.init();
  return api;
}
