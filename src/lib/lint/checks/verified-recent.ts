import { isoDate, monthsBefore } from '../../lifecycle/dates';
import type { ProfileCheck } from '../types';

/** Evidence older than this many months is reported (as a warning: the facts may still hold). */
export const STALE_AFTER_MONTHS = 6;

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
