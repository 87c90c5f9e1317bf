import { features } from '../../schemas/features';
import type { ProfileData } from '../../schemas/profile';
import { languagesOf } from '../profiles';
import { statementFor } from '../statements';
import type { FacetName } from './facets';
import { featureFilterValue, levelsMet } from './levels';

/** The values a profile is filed under in each OR facet (stable keys, not display labels). */
export function facetValues(data: ProfileData): Record<FacetName, string[]> {
  return {
    kind: [data.kind],
    language: [...languagesOf(data)],
    sdk: data.kind === 'platform' ? [...(data.sdkLanguages?.value ?? [])] : [],
    functions: data.kind === 'platform' ? [...(data.functionLanguages?.value ?? [])] : [],
    license: [data.license.value],
    architecture: [data.architecture.value],
    status: [data.status.value],
  };
}

/**
 * The feature filter values of a profile: each feature at every minimum level
 * its support meets, so `{ all: ['websockets:official'] }` finds built-in and
 * official-package support alike.
 */
export function featureFilterValues(data: ProfileData): string[] {
  return features.flatMap((f) => levelsMet(statementFor(data, f.key).level).map((l) => featureFilterValue(f.key, l)));
}

/** Each feature's level, as `key=level` pairs joined by ";": the result list shows it per ticked feature. */
export function featureLevelsMeta(data: ProfileData): string {
  return features.map((f) => `${f.key}=${statementFor(data, f.key).level}`).join(';');
}
