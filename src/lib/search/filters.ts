import type { FeatureKey } from '../../schemas/features';
import { facets, FEATURE_FILTER, type FacetName } from './facets';
import { featureFilterValue, lowerLevels, type FeatureLevel } from './levels';
import { toggleFeature, toggleFilter, type SearchState } from './state';

/** One Pagefind filter: match any of the values, all of them, or none of them. */
export type PagefindFilter = { any: string[] } | { all: string[] } | { none: string[] };

/** Pagefind's compound filter object: `{ language: { any: [...] }, feature: { all: [...] } }`. */
export type PagefindFilters = Record<string, PagefindFilter>;

/** What to leave out of a state's filters: one facet, or one ticked feature. */
export interface Leave {
  facet?: FacetName;
  feature?: FeatureKey;
}

/** The Pagefind filters for a state: OR within a facet, AND across facets and features. */
export function pagefindFilters(state: SearchState, omit: Leave = {}): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const { name } of facets) {
    const values = state.filters[name];
    if (name !== omit.facet && values.length > 0) filters[name] = { any: values };
  }
  const ticked = state.features.filter((c) => c.key !== omit.feature).map((c) => featureFilterValue(c.key, c.level));
  if (ticked.length > 0) filters[FEATURE_FILTER] = { all: ticked };
  return filters;
}

/**
 * The extra searches whose filter counts complete the counts of a state. For
 * a facet with ticked values, the others' filters plus "none of the ticked":
 * a value's count is then today's total plus the results it would add. For a
 * ticked feature, the state without it: its counts at every level.
 */
export type CountQuery =
  { facet: FacetName; filters: PagefindFilters } | { feature: FeatureKey; filters: PagefindFilters };

export function countQueries(state: SearchState): CountQuery[] {
  const forFacets = facets
    .filter(({ name }) => state.filters[name].length > 0)
    .map(({ name }) => ({
      facet: name,
      filters: { ...pagefindFilters(state, { facet: name }), [name]: { none: state.filters[name] } },
    }));
  const forFeatures = state.features.map((c) => ({
    feature: c.key,
    filters: pagefindFilters(state, { feature: c.key }),
  }));
  return [...forFacets, ...forFeatures];
}

/** A way out of an empty result: drop a filter or lower a feature's level, with the state it leads to. */
export type Relaxation =
  | { kind: 'remove-value'; facet: FacetName; value: string; state: SearchState }
  | { kind: 'remove-feature'; feature: FeatureKey; state: SearchState }
  | { kind: 'lower-level'; feature: FeatureKey; level: FeatureLevel; state: SearchState };

/** Every single change that widens a state: candidates for "try …" when nothing matches. */
export function relaxations(state: SearchState): Relaxation[] {
  const values = facets.flatMap(({ name }) =>
    state.filters[name].map((value) => ({
      kind: 'remove-value' as const,
      facet: name,
      value,
      state: toggleFilter(state, name, value, false),
    })),
  );
  const features = state.features.flatMap((c) => [
    ...lowerLevels(c.level).map((level) => ({
      kind: 'lower-level' as const,
      feature: c.key,
      level,
      state: toggleFeature(state, c.key, true, level),
    })),
    { kind: 'remove-feature' as const, feature: c.key, state: toggleFeature(state, c.key, false) },
  ]);
  return [...values, ...features];
}
