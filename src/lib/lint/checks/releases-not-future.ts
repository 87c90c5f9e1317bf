import { isoDate } from '../../lifecycle/dates';
import type { Finding, ProfileCheck } from '../types';

/** Announced ends may lie ahead; a release that has not happened cannot be cited. */
export const releasesNotFuture: ProfileCheck = {
  name: 'releases-not-future',
  rule: 'No release date (first release of a line, its latest version, a feature’s `since`) is after today.',
  scope: 'profile',
  severity: 'error',
  check: ({ data }, { today }): Finding[] => {
    const dates: [string, Date | undefined][] = [
      ...data.releaseLines.flatMap((line, i): [string, Date | undefined][] => [
        [`releaseLines.${i}.released`, line.released],
        [`releaseLines.${i}.latestDate`, line.latestDate],
      ]),
      ...Object.entries(data.features).map(([key, s]): [string, Date | undefined] => [
        `features.${key}.since.date`,
        s?.since?.date,
      ]),
    ];
    return dates
      .filter((entry): entry is [string, Date] => entry[1] !== undefined && isoDate(entry[1]) > isoDate(today))
      .map(([field, date]) => ({
        field,
        problem: `${isoDate(date)} lies in the future (today is ${isoDate(today)})`,
        fix: 'give the date of a release that has happened, or leave the field out',
      }));
  },
};
