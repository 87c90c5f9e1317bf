import type { LintCheck } from '../types';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export const verifiedNotFuture: LintCheck = {
  name: 'verified-not-future',
  rule: 'The verified date is not later than today.',
  run: (profiles, today) =>
    profiles
      .filter(({ data }) => isoDate(data.verified) > isoDate(today))
      .map(({ file, data }) => ({
        file,
        field: 'verified',
        problem: `${isoDate(data.verified)} lies in the future (today is ${isoDate(today)})`,
        fix: 'set verified to the date the facts were actually checked',
      })),
};
