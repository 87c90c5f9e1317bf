import { features } from '../../schemas/features';
import { architectures, statuses } from '../../schemas/taxonomy';
import { licenseLabel } from '../license';
import type { FacetName } from './facets';
import { compareText } from '../sort';

const featureNames: Record<string, string> = Object.fromEntries(features.map((f) => [f.key, f.name]));
const kinds: Record<string, string> = { framework: 'Framework', platform: 'Platform' };
const labelOf = (vocabulary: Record<string, { label: string }>) =>
  Object.fromEntries(Object.entries(vocabulary).map(([key, v]) => [key, v.label]));
const architectureLabels = labelOf(architectures);
const statusLabels = labelOf(statuses);

/** Display label of a facet value (facet values are stable keys). */
export function facetValueLabel(facet: FacetName, value: string): string {
  switch (facet) {
    case 'has':
    case 'offers':
      return featureNames[value] ?? value;
    case 'kind':
      return kinds[value] ?? value;
    case 'architecture':
      return architectureLabels[value] ?? value;
    case 'status':
      return statusLabels[value] ?? value;
    case 'license':
      return licenseLabel(value);
    case 'language':
      return value;
  }
}

/** Facet values in display order: features in catalogue order, the rest alphabetically by label. */
export function sortFacetValues(facet: FacetName, values: string[]): string[] {
  if (facet === 'has' || facet === 'offers') {
    const order = features.map((f) => f.key as string);
    return [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
  return [...values].sort((a, b) => compareText(facetValueLabel(facet, a), facetValueLabel(facet, b)));
}
