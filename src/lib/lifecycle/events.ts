import { compareText } from '../sort';
import type { ReleaseLine } from '../../schemas/releases';
import { isoDate } from './dates';

/** An end of support announced for a line: of bug fixes or of security fixes. */
export interface SupportEndEvent {
  slug: string;
  name: string;
  cycle: string;
  kind: 'bugfix' | 'security';
  date: Date;
  source: string;
}

export const endKindLabels: Record<SupportEndEvent['kind'], string> = {
  bugfix: 'end of bug-fix support',
  security: 'end of security support',
};

interface Owner {
  id: string;
  data: { name: string; releaseLines: readonly ReleaseLine[] };
}

/**
 * Every announced end of support of the given profiles, by date then name.
 * A bug-fix end on the same day as the security end is the same event, kept once.
 */
export function supportEndEvents(profiles: readonly Owner[]): SupportEndEvent[] {
  return profiles
    .flatMap(({ id, data }) =>
      data.releaseLines.flatMap((line) => {
        const base = { slug: id, name: data.name, cycle: line.cycle, source: line.source };
        const events: SupportEndEvent[] = [];
        const sameDay =
          line.bugfixUntil && line.securityUntil && isoDate(line.bugfixUntil) === isoDate(line.securityUntil);
        if (line.bugfixUntil && !sameDay) events.push({ ...base, kind: 'bugfix', date: line.bugfixUntil });
        if (line.securityUntil) events.push({ ...base, kind: 'security', date: line.securityUntil });
        return events;
      }),
    )
    .sort(
      (a, b) => a.date.getTime() - b.date.getTime() || compareText(a.name, b.name) || compareText(a.cycle, b.cycle),
    );
}

/** The events on or after `from`, soonest first, at most `limit`. */
export function upcomingEvents(events: readonly SupportEndEvent[], from: Date, limit = Infinity): SupportEndEvent[] {
  const day = isoDate(from);
  return events.filter((e) => isoDate(e.date) >= day).slice(0, limit);
}
