import { isoDate, monthsBefore } from '../../lifecycle/dates';
import type { Finding, ProfileCheck } from '../types';

/**
 * The status rule on /about/: "active" means releases or commits in the last 12 months. A status that cites
 * repository activity (a commit history or a pull request) rests on commits, which release lines do not record.
 */
const citesActivity = (url: string) => /\/(commits|pull)(\/|$)/.test(new URL(url).pathname);

export const statusActiveRecent: ProfileCheck = {
  name: 'status-active-recent',
  rule: 'A profile with status "active" and dated release lines has a release in the last 12 months, unless its status cites commit activity.',
  scope: 'profile',
  severity: 'error',
  check: ({ data }, { today }): Finding[] => {
    const dates = data.releaseLines.flatMap((l) => [l.released, l.latestDate]).filter((d) => d !== undefined);
    if (data.status.value !== 'active' || dates.length === 0 || citesActivity(data.status.source)) return [];
    const newest = dates.reduce((a, b) => (a > b ? a : b));
    const since = monthsBefore(today, 12);
    if (newest >= since) return [];
    return [
      {
        field: 'status.value',
        problem: `"active", but the newest release in releaseLines is of ${isoDate(newest)}, before ${isoDate(since)}`,
        fix: 'add the latest release to its line, cite the commit history as the status source, or set the status the maintainers state',
      },
    ];
  },
};
