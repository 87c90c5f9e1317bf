import { features, type FeatureKey } from '../../schemas/features';
import type { ProfileData } from '../../schemas/profile';
import { statementFor } from '../statements';
import { facetValues } from './facet-values';
import { facets, type FacetName } from './facets';
import { facetValueLabel, sortFacetValues } from './labels';
import { featureLevels, type FeatureLevel } from './levels';

export interface FacetOptions {
  name: FacetName;
  label: string;
  /** Every value some profile has, with its label and how many profiles have it. */
  options: { value: string; label: string; count: number }[];
}

export interface FeatureOption {
  key: FeatureKey;
  label: string;
  /** How many profiles meet each minimum level. */
  counts: Record<FeatureLevel, number>;
}

/**
 * The filter checkboxes of the search page with the counts of an empty search,
 * built from the collection at build time (the script recomputes them for
 * every other state). Facets no profile has a value in are left out.
 */
export function facetOptions(profiles: readonly { data: ProfileData }[], today: Date): FacetOptions[] {
  const all = profiles.map((p) => facetValues(p.data, today));
  return facets
    .map(({ name, label }) => {
      const counts = new Map<string, number>();
      for (const values of all) for (const value of values[name]) counts.set(value, (counts.get(value) ?? 0) + 1);
      const options = sortFacetValues(name, [...counts.keys()]).map((value) => ({
        value,
        label: facetValueLabel(name, value),
        count: counts.get(value) ?? 0,
      }));
      return { name, label, options };
    })
    .filter((group) => group.options.length > 0);
}

/** The feature filter's rows, in catalogue order, with each level's count over the collection. */
export function featureOptions(profiles: readonly { data: ProfileData }[]): FeatureOption[] {
  return features.map((f) => {
    const levels = profiles.map((p) => statementFor(p.data, f.key).level);
    const counts = Object.fromEntries(
      featureLevels.map((l) => [l.key, levels.filter((v) => (l.accepts as readonly string[]).includes(v)).length]),
    ) as Record<FeatureLevel, number>;
    return { key: f.key, label: f.name, counts };
  });
}
