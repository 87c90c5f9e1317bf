import type { Finding, ProfileCheck } from '../types';

/** A line released before the project's first public release means one of the two dates is wrong. */
export const releaseAfterFirst: ProfileCheck = {
  name: 'release-after-first',
  rule: 'No release line is released before the profile’s first release year.',
  scope: 'profile',
  severity: 'error',
  check: ({ data }): Finding[] =>
    data.releaseLines.flatMap((line, i) => {
      const year = line.released?.getUTCFullYear();
      if (year === undefined || year >= data.firstRelease.value) return [];
      return [
        {
          field: `releaseLines.${i}.released`,
          problem: `released in ${year}, before firstRelease ${data.firstRelease.value}`,
          fix: 're-read both sources and correct the one that is wrong',
        },
      ];
    }),
};
