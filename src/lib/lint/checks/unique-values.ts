import type { CollectionCheck, LintProfile } from '../types';

/**
 * A check that no two profiles share a value (compared case-insensitively,
 * trailing slashes ignored); every profile after the first is reported.
 */
function uniqueCheck(field: string, valueOf: (p: LintProfile) => string | undefined): CollectionCheck {
  return {
    name: `unique-${field}`,
    rule: `No two profiles have the same ${field}.`,
    scope: 'collection',
    severity: 'error',
    check: (profiles) => {
      const firstBy = new Map<string, LintProfile>();
      return profiles.flatMap((profile) => {
        const value = valueOf(profile);
        if (value === undefined) return [];
        const key = value.toLowerCase().replace(/\/+$/, '');
        const first = firstBy.get(key);
        if (!first) {
          firstBy.set(key, profile);
          return [];
        }
        return [
          {
            file: profile.file,
            field,
            problem: `"${value}" is already used by ${first.file}`,
            fix: `merge the two profiles or correct the ${field}`,
          },
        ];
      });
    },
  };
}

export const uniqueName = uniqueCheck('name', (p) => p.data.name);
export const uniqueRepository = uniqueCheck('repository', (p) => p.data.repository);
