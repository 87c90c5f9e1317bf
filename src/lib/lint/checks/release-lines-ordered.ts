import { compareVersions } from '../../lifecycle/versions';
import type { Finding, ProfileCheck } from '../types';

/** Pages and feeds read `releaseLines[0]` as the newest line, so the order is a rule, not a habit. */
export const releaseLinesOrdered: ProfileCheck = {
  name: 'release-lines-ordered',
  rule: 'Release-line cycles are unique and listed newest first.',
  scope: 'profile',
  severity: 'error',
  check: ({ data }): Finding[] =>
    data.releaseLines.flatMap((line, i) => {
      const field = `releaseLines.${i}.cycle`;
      const earlier = data.releaseLines.slice(0, i);
      if (earlier.some((e) => e.cycle === line.cycle)) {
        return [{ field, problem: `cycle "${line.cycle}" is listed twice`, fix: 'keep one entry per cycle' }];
      }
      const previous = earlier.at(-1);
      if (previous && compareVersions(previous.cycle, line.cycle) < 0) {
        return [
          {
            field,
            problem: `cycle "${line.cycle}" comes after the older "${previous.cycle}"`,
            fix: 'list release lines newest first',
          },
        ];
      }
      return [];
    }),
};
