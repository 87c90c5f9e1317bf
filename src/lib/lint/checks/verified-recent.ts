import type { ProfileCheck } from '../types';

/** Evidence older than this many months is reported (as a warning: the facts may still hold). */
export const STALE_AFTER_MONTHS = 6;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The date `months` calendar months before `date` (UTC), clamped to the month's last day. */
function monthsBefore(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

export const verifiedRecent: ProfileCheck = {
  name: 'verified-recent',
  rule: `The facts were verified within the last ${STALE_AFTER_MONTHS} months (a warning, not an error).`,
  scope: 'profile',
  severity: 'warning',
  check: ({ data }, { today }) => {
    const limit = isoDate(monthsBefore(today, STALE_AFTER_MONTHS));
    return isoDate(data.verified) < limit
      ? [
          {
            field: 'verified',
            problem: `${isoDate(data.verified)} is more than ${STALE_AFTER_MONTHS} months before ${isoDate(today)}`,
            fix: 're-check the facts against their sources (status against the latest release first) and set verified to that date',
          },
        ]
      : [];
  },
};
