import type { LintCheck } from '../types';

const releaseDateKeys = /^\s*-?\s*(released|bugfixUntil|securityUntil|latestDate|date):\s*(\d{4})-(\d{2})-(\d{2})\s*$/;

/** Whether year-month-day names a day of the calendar (2026-02-30 does not). */
function isCalendarDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * YAML turns 2026-02-30 into 2 March without a word, so this check reads the
 * dates as written in the front matter (release lines and `since`).
 */
export const releaseDatesReal: LintCheck = {
  name: 'release-dates-real',
  rule: 'Release and support dates are real calendar days.',
  run: (profiles) =>
    profiles.flatMap(({ file, text = '' }) =>
      text.split('\n').flatMap((line, index) => {
        const m = releaseDateKeys.exec(line);
        if (!m || isCalendarDay(Number(m[2]), Number(m[3]), Number(m[4]))) return [];
        return [
          {
            file,
            field: `line ${index + 1} (${m[1]})`,
            problem: `${m[2]}-${m[3]}-${m[4]} is not a calendar day`,
            fix: 'correct the date; when a source gives only a month, use its last day and say so in note',
          },
        ];
      }),
    ),
};
