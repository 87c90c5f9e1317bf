/** Site paths of the lifecycle pages and feeds, relative to the base (see `src/lib/paths.ts`). */
export const lifecycleCalendarPath = 'lifecycle.ics';
export const profileCalendarPath = (slug: string) => `frameworks/${slug}/lifecycle.ics`;
