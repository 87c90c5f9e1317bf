import type { ProfileCheck } from '../types';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export const verifiedNotFuture: ProfileCheck = {
  name: 'verified-not-future',
  rule: 'The verified date is not later than today.',
  scope: 'profile',
  severity: 'error',
  check: ({ data }, { today }) =>
    isoDate(data.verified) > isoDate(today)
      ? [
          {
            field: 'verified',
            problem: `${isoDate(data.verified)} lies in the future (today is ${isoDate(today)})`,
            fix: 'set verified to the date the facts were actually checked',
          },
        ]
      : [],
};
