import { features, type FeatureKey } from '../../schemas/features';
import { facets, type FacetName } from './facets';
import { facetValueLabel } from './labels';
import { featureLevelLabel, type FeatureLevel } from './levels';
import type { Relaxation } from './filters';
import type { SearchState } from './state';

const featureName = (key: FeatureKey) => features.find((f) => f.key === key)?.name ?? key;
const facetShort = (facet: FacetName) => facets.find((f) => f.name === facet)?.short ?? facet;

export const resultsText = (count: number) => `${count} ${count === 1 ? 'result' : 'results'}`;

/** One active filter as a removable chip: what it shows and how it is announced. */
export interface Chip {
  text: string;
  remove: { facet: FacetName; value: string } | { feature: FeatureKey };
}

export function chips(state: SearchState): Chip[] {
  return [
    ...facets.flatMap(({ name }) =>
      state.filters[name].map((value) => ({
        text: `${facets.find((f) => f.name === name)!.label}: ${facetValueLabel(name, value)}`,
        remove: { facet: name, value },
      })),
    ),
    ...state.features.map(({ key, level }) => ({
      text: `${featureName(key)}: ${featureLevelLabel(level).toLowerCase()}`,
      remove: { feature: key },
    })),
  ];
}

/** The words of a "no results" suggestion, e.g. "Lower WebSockets to built in or official package: 1 result". */
export function describeRelaxation(r: Relaxation, count: number): string {
  const tail = `: ${resultsText(count)}`;
  switch (r.kind) {
    case 'remove-value':
      return `Remove “${facetValueLabel(r.facet, r.value)}” (${facetShort(r.facet)})${tail}`;
    case 'remove-feature':
      return `Remove “${featureName(r.feature)}” (feature)${tail}`;
    case 'lower-level':
      return `Lower ${featureName(r.feature)} to ${lowerLabel(r.level)}${tail}`;
  }
}

const lowerLabel = (level: FeatureLevel) => featureLevelLabel(level).toLowerCase();
