import { features, type FeatureKey } from '../../schemas/features';
import type { SupportLevel } from '../../schemas/support-levels';
import type { Profile } from '../profiles';
import { languagesOf } from '../profiles';
import { statementFor } from '../statements';
import type { FinderProfile } from './score';

/** The finder's data for a profile: facts and levels it scores on, nothing else (no prose, notes or sources). */
export function finderProfile({ id, data }: Profile): FinderProfile {
  return {
    slug: id,
    name: data.name,
    kind: data.kind,
    languages: [...languagesOf(data)],
    ...(data.kind === 'platform' && (data.sdkLanguages || data.functionLanguages)
      ? { programmedIn: [...new Set([...(data.sdkLanguages?.value ?? []), ...(data.functionLanguages?.value ?? [])])] }
      : {}),
    license: data.license.value,
    architecture: data.architecture.value,
    levels: Object.fromEntries(
      features
        .map((f): [FeatureKey, SupportLevel] => [f.key, statementFor(data, f.key).level])
        .filter(([, level]) => level !== 'unknown'),
    ),
  };
}
