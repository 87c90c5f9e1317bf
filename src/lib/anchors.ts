import { categories } from '../schemas/features';

/** Ids of the sections a profile page renders around the prose; prose headings must not reuse them. */
export const profileSectionIds = {
  facts: 'facts',
  features: 'features',
  versions: 'versions',
  related: 'related',
  compare: 'compare',
  verified: 'verified',
} as const;

/** Every id a profile page owns outside the prose. */
export const reservedProfileIds: readonly string[] = [
  ...Object.values(profileSectionIds),
  ...categories.map((c) => c.key),
];
