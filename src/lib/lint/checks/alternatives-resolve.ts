import type { CollectionCheck } from '../types';

export const alternativesResolve: CollectionCheck = {
  name: 'alternatives-resolve',
  rule: 'Every slug in alternatives names another existing profile.',
  scope: 'collection',
  severity: 'error',
  check: (profiles) => {
    const slugs = new Set(profiles.map((p) => p.slug));
    return profiles.flatMap(({ slug, file, data }) =>
      data.alternatives
        .map((alternative, i) => ({ alternative, i }))
        .filter(({ alternative }) => alternative === slug || !slugs.has(alternative))
        .map(({ alternative, i }) => ({
          file,
          field: `alternatives.${i}`,
          problem:
            alternative === slug
              ? `"${alternative}" is the profile itself`
              : `no profile has the slug "${alternative}"`,
          fix: 'use the file name (without .md) of another profile in the content folder',
        })),
    );
  },
};
