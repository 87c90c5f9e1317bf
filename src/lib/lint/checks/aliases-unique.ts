import type { CollectionCheck } from '../types';

/** Aliases lead to one profile each, so none may be another profile's slug or alias (or the profile's own slug). */
export const aliasesUnique: CollectionCheck = {
  name: 'aliases-unique',
  rule: 'No alias equals a profile slug or another profile’s alias.',
  scope: 'collection',
  severity: 'error',
  check: (profiles) => {
    const slugs = new Set(profiles.map((p) => p.slug));
    const ownerOf = new Map<string, string>();
    return profiles.flatMap(({ slug, file, data }) =>
      data.aliases.flatMap((alias, i) => {
        const field = `aliases.${i}`;
        if (slugs.has(alias)) {
          const problem =
            alias === slug ? `"${alias}" is the profile's own slug` : `"${alias}" is the slug of another profile`;
          return [{ file, field, problem, fix: 'remove the alias: the slug already leads to its profile' }];
        }
        const owner = ownerOf.get(alias);
        if (owner !== undefined) {
          return [
            {
              file,
              field,
              problem: `"${alias}" is already an alias of ${owner}`,
              fix: 'keep the alias on the one profile it should lead to',
            },
          ];
        }
        ownerOf.set(alias, slug);
        return [];
      }),
    );
  },
};
