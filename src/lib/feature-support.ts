import type { FeatureKey } from '../schemas/features';
import { supportLevels, type SupportLevel } from '../schemas/support-levels';
import { type SupportStatement } from '../schemas/support';
import type { Profile } from './profiles';
import { statementFor } from './statements';

export interface LevelGroup<T extends Profile> {
  level: SupportLevel;
  entries: { profile: T; statement: SupportStatement }[];
}

/** Every profile's support for one feature, grouped by level (strongest first), empty levels left out. */
export function supportByLevel<T extends Profile>(profiles: readonly T[], key: FeatureKey): LevelGroup<T>[] {
  return supportLevels
    .map((level) => ({
      level,
      entries: profiles
        .map((profile) => ({ profile, statement: statementFor(profile.data, key) }))
        .filter(({ statement }) => statement.level === level),
    }))
    .filter((group) => group.entries.length > 0);
}
