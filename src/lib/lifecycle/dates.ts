/** `YYYY-MM-DD` of a date, in UTC (front-matter dates are UTC midnights). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The date `days` days after `date` (negative: before). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** The date `months` calendar months before `date` (UTC), clamped to the month's last day (31 March − 1 → 28 February). */
export function monthsBefore(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

/** UTC midnight of a date, so comparisons with front-matter dates ignore the time of day. */
export function startOfDay(date: Date): Date {
  return new Date(isoDate(date));
}

const monthYear = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "August 2020". */
export function formatMonth(date: Date): string {
  return monthYear.format(date);
}
