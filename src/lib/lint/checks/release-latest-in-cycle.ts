import { isoDate } from '../../lifecycle/dates';
import { belongsToCycle } from '../../lifecycle/versions';
import type { LintCheck } from '../types';

/** A line's latest version is one of its own versions, published after the line began. */
export const releaseLatestInCycle: LintCheck = {
  name: 'release-latest-in-cycle',
  rule: 'A line’s latest version belongs to its cycle, and its date is not before the line’s first release.',
  run: (profiles) =>
    profiles.flatMap(({ file, data }) =>
      data.releaseLines.flatMap((line, i) => {
        const issues = [];
        if (line.latest !== undefined && !belongsToCycle(line.latest, line.cycle)) {
          issues.push({
            file,
            field: `releaseLines.${i}.latest`,
            problem: `"${line.latest}" is not a version of cycle "${line.cycle}"`,
            fix: 'give the newest version published in this line',
          });
        }
        if (line.latestDate && line.released && line.latestDate < line.released) {
          issues.push({
            file,
            field: `releaseLines.${i}.latestDate`,
            problem: `${isoDate(line.latestDate)} is before the line's first release ${isoDate(line.released)}`,
            fix: 're-read the release date of the latest version',
          });
        }
        return issues;
      }),
    ),
};
