import { isoDate } from '../../lifecycle/dates';
import type { Finding, ProfileCheck } from '../types';

const steps = ['released', 'bugfixUntil', 'securityUntil'] as const;

/** A line is released, then loses bug fixes, then loses security fixes: dates in that order. */
export const releaseDatesOrdered: ProfileCheck = {
  name: 'release-dates-ordered',
  rule: 'A release line’s first release ≤ end of bug-fix support ≤ end of security support.',
  scope: 'profile',
  severity: 'error',
  check: ({ data }): Finding[] =>
    data.releaseLines.flatMap((line, i) => {
      const given = steps.filter((step) => line[step] !== undefined);
      return given.slice(1).flatMap((step, k) => {
        const before = given[k]!;
        const [a, b] = [line[before]!, line[step]!];
        if (a <= b) return [];
        return [
          {
            field: `releaseLines.${i}.${step}`,
            problem: `${step} ${isoDate(b)} is before ${before} ${isoDate(a)}`,
            fix: `re-read the source: ${steps.join(' ≤ ')}`,
          },
        ];
      });
    }),
};
