import { isoDate, monthsBefore } from '../../lifecycle/dates';
import type { LintCheck } from '../types';

/** The status rule on /about/: "active" means releases or commits in the last 12 months. */
export const statusActiveRecent: LintCheck = {
  name: 'status-active-recent',
  rule: 'A profile with status "active" and dated release lines has a release in the last 12 months.',
  run: (profiles, today) =>
    profiles.flatMap(({ file, data }) => {
      const dates = data.releaseLines.flatMap((l) => [l.released, l.latestDate]).filter((d) => d !== undefined);
      if (data.status.value !== 'active' || dates.length === 0) return [];
      const newest = dates.reduce((a, b) => (a > b ? a : b));
      const since = monthsBefore(today, 12);
      if (newest >= since) return [];
      return [
        {
          file,
          field: 'status.value',
          problem: `"active", but the newest release in releaseLines is of ${isoDate(newest)}, before ${isoDate(since)}`,
          fix: 'add the latest release to its line, or set the status the maintainers state (maintenance, deprecated)',
        },
      ];
    }),
};
