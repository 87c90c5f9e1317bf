import { facets, type FacetName } from './facets';
import { toggleFilter, type SearchState } from './state';

/** Pagefind's compound filter object: `{ language: { any: [...] }, has: { all: [...] } }`. */
export type PagefindFilters = Partial<Record<FacetName, { any: string[] } | { all: string[] }>>;

/** The Pagefind filters for a state, optionally leaving one facet out (for that facet's own counts). */
export function pagefindFilters(state: SearchState, without?: FacetName): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const { name, mode } of facets) {
    const values = state.filters[name];
    if (name === without || values.length === 0) continue;
    filters[name] = mode === 'any' ? { any: values } : { all: values };
  }
  return filters;
}

/** Facets whose counts must be computed without their own selection: OR facets with ticked values. */
export function facetsNeedingOwnCounts(state: SearchState): FacetName[] {
  return facets.filter((f) => f.mode === 'any' && state.filters[f.name].length > 0).map((f) => f.name);
}

/** Each ticked value, with the state that results from unticking it: candidates for "try removing …". */
export function relaxations(state: SearchState): { facet: FacetName; value: string; state: SearchState }[] {
  return facets.flatMap(({ name }) =>
    state.filters[name].map((value) => ({ facet: name, value, state: toggleFilter(state, name, value, false) })),
  );
}
