import { features } from '../../schemas/features';
import type { ProfileData } from '../../schemas/profile';
import { languagesOf } from '../profiles';
import { statementFor } from '../statements';
import type { FacetName } from './facets';

/** The values a profile is filed under in each search facet (stable keys, not display labels). */
export function facetValues(data: ProfileData): Record<FacetName, string[]> {
  const withLevel = (...levels: string[]) =>
    features.filter((f) => levels.includes(statementFor(data, f.key).level)).map((f) => f.key);
  return {
    kind: [data.kind],
    language: [...languagesOf(data)],
    license: [data.license.value],
    architecture: [data.architecture.value],
    status: [data.status.value],
    has: withLevel('built-in'),
    offers: withLevel('built-in', 'official-package'),
  };
}
