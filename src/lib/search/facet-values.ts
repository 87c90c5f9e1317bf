import { features } from '../../schemas/features';
import type { ProfileData } from '../../schemas/profile';
import { newestSupportedLts } from '../lifecycle/support';
import { languagesOf } from '../profiles';
import { statementFor } from '../statements';
import type { FacetName } from './facets';
import { featureFilterValue, levelsMet } from './levels';

/** The value of the LTS facet: a profile with an LTS line still supported on the build day. */
export const SUPPORTED_LTS = 'supported';

/** The values a profile is filed under in each OR facet (stable keys, not display labels), on the build day. */
export function facetValues(data: ProfileData, today: Date): Record<FacetName, string[]> {
  return {
    kind: [data.kind],
    language: [...languagesOf(data)],
    sdk: data.kind === 'platform' ? [...(data.sdkLanguages?.value ?? [])] : [],
    functions: data.kind === 'platform' ? [...(data.functionLanguages?.value ?? [])] : [],
    license: [data.license.value],
    architecture: [data.architecture.value],
    status: [data.status.value],
    lts: newestSupportedLts(data.releaseLines, today) ? [SUPPORTED_LTS] : [],
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
