import { architectures, kinds, statuses } from '../../schemas/taxonomy';
import { licenseLabel } from '../license';
import type { FacetName } from './facets';
import { compareText } from '../sort';

const labelOf = (vocabulary: Record<string, { label: string }>) =>
  Object.fromEntries(Object.entries(vocabulary).map(([key, v]) => [key, v.label]));
const kindLabels = labelOf(kinds);
const architectureLabels = labelOf(architectures);
const statusLabels = labelOf(statuses);

/** Display label of a facet value (facet values are stable keys). */
export function facetValueLabel(facet: FacetName, value: string): string {
  switch (facet) {
    case 'kind':
      return kindLabels[value] ?? value;
    case 'architecture':
      return architectureLabels[value] ?? value;
    case 'status':
      return statusLabels[value] ?? value;
    case 'license':
      return licenseLabel(value);
    case 'lts':
      return 'Has a supported LTS line';
    case 'language':
    case 'sdk':
    case 'functions':
      return value;
  }
}

/** Facet values in display order: alphabetically by label. */
export function sortFacetValues(facet: FacetName, values: string[]): string[] {
  return [...values].sort((a, b) => compareText(facetValueLabel(facet, a), facetValueLabel(facet, b)));
}
