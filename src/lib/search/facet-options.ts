import type { ProfileData } from '../../schemas/profile';
import { facetValues } from './facet-values';
import { facets, type FacetName, type FacetMode } from './facets';
import { facetValueLabel, sortFacetValues } from './labels';

export interface FacetOptions {
  name: FacetName;
  label: string;
  mode: FacetMode;
  /** Every value some profile has, with its label and how many profiles have it. */
  options: { value: string; label: string; count: number }[];
}

/** The filter checkboxes of the search page, built from the collection at build time. */
export function facetOptions(profiles: readonly { data: ProfileData }[]): FacetOptions[] {
  const all = profiles.map((p) => facetValues(p.data));
  return facets.map(({ name, label, mode }) => {
    const counts = new Map<string, number>();
    for (const values of all) for (const value of values[name]) counts.set(value, (counts.get(value) ?? 0) + 1);
    const options = sortFacetValues(name, [...counts.keys()]).map((value) => ({
      value,
      label: facetValueLabel(name, value),
      count: counts.get(value) ?? 0,
    }));
    return { name, label, mode, options };
  });
}
