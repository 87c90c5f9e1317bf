import type { FeatureKey } from '../../schemas/features';
import { FEATURE_FILTER, type FacetName } from './facets';
import type { CountQuery } from './filters';
import { defaultFeatureLevel, featureFilterValue, type FeatureLevel } from './levels';
import type { SearchState } from './state';

/** Result counts per filter name and value, as Pagefind reports them for one search. */
export type FilterCounts = Record<string, Record<string, number> | undefined>;

/** What one option would give if chosen; `undefined` is "not known", never 0. */
export interface OptionCounts {
  facet: (facet: FacetName, value: string) => number | undefined;
  feature: (key: FeatureKey) => number | undefined;
  level: (key: FeatureKey, level: FeatureLevel) => number | undefined;
}

/**
 * Each option's count: how many results the state would give with that option
 * chosen. An OR facet's value adds to its group (today's total plus what the
 * "none of the ticked" search finds for it); an unticked feature ANDs at the
 * default level; a ticked one's levels come from the search without it. A
 * chosen option counts today's total. A group Pagefind did not report stays unknown.
 */
export function optionCounts(
  state: SearchState,
  total: number,
  main: FilterCounts,
  extra: { query: CountQuery; filters: FilterCounts }[],
): OptionCounts {
  const facetExtra = (facet: FacetName) => extra.find((e) => 'facet' in e.query && e.query.facet === facet)?.filters;
  const featureExtra = (key: FeatureKey) => extra.find((e) => 'feature' in e.query && e.query.feature === key)?.filters;
  return {
    facet(facet, value) {
      const ticked = state.filters[facet];
      if (ticked.includes(value)) return total;
      if (ticked.length === 0) return main[facet]?.[value];
      const added = facetExtra(facet)?.[facet]?.[value];
      return added === undefined ? undefined : total + added;
    },
    feature(key) {
      if (state.features.some((c) => c.key === key)) return total;
      return main[FEATURE_FILTER]?.[featureFilterValue(key, defaultFeatureLevel)];
    },
    level(key, level) {
      const chosen = state.features.find((c) => c.key === key);
      if (chosen?.level === level) return total;
      const source = chosen ? featureExtra(key) : main;
      return source?.[FEATURE_FILTER]?.[featureFilterValue(key, level)];
    },
  };
}
