import { isoDate } from '../../lifecycle/dates';
import { belongsToCycle } from '../../lifecycle/versions';
import type { Finding, ProfileCheck } from '../types';

/** A line's latest version is one of its own versions, published after the line began. */
export const releaseLatestInCycle: ProfileCheck = {
  name: 'release-latest-in-cycle',
  rule: 'A line’s latest version belongs to its cycle, and its date is not before the line’s first release.',
  scope: 'profile',
  severity: 'error',
  check: ({ data }): Finding[] =>
    data.releaseLines.flatMap((line, i) => {
      const findings: Finding[] = [];
      if (line.latest !== undefined && !belongsToCycle(line.latest, line.cycle)) {
        findings.push({
          field: `releaseLines.${i}.latest`,
          problem: `"${line.latest}" is not a version of cycle "${line.cycle}"`,
          fix: 'give the newest version published in this line',
        });
      }
      if (line.latestDate && line.released && line.latestDate < line.released) {
        findings.push({
          field: `releaseLines.${i}.latestDate`,
          problem: `${isoDate(line.latestDate)} is before the line's first release ${isoDate(line.released)}`,
          fix: 're-read the release date of the latest version',
        });
      }
      return findings;
    }),
};
