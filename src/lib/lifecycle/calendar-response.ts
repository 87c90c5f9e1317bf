import type { Profile } from '../profiles';
import { profilePath } from '../paths';
import { withBase } from '../urls';
import { supportEndEvents } from './events';
import { supportCalendar } from './ical';

/** The iCalendar response of some profiles, stamped with their latest data change so rebuilds give the same bytes. */
export function calendarResponse(profiles: readonly Profile[], name: string, site: URL | undefined): Response {
  const stamps = profiles.flatMap(({ data }) => [data.verified, ...data.changes.map((c) => c.date)]);
  const stamp = new Date(Math.max(0, ...stamps.map((d) => d.getTime())));
  const ics = supportCalendar(supportEndEvents(profiles), {
    name,
    host: site?.host ?? 'backend-atlas',
    stamp,
    profileUrl: (slug) => new URL(withBase(profilePath(slug)), site).href,
  });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
