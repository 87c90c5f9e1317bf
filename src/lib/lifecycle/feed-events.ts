import { compareText } from '../sort';
import type { ReleaseLine } from '../../schemas/releases';
import { addDays, isoDate } from './dates';
import { endKindLabels, supportEndEvents } from './events';

/** A lifecycle event for the Atom feed, dated when it became news. */
export interface LifecycleNews {
  slug: string;
  /** Stable fragment for the entry id. */
  key: string;
  date: Date;
  title: string;
  source: string;
}

interface Owner {
  id: string;
  data: { name: string; releaseLines: readonly ReleaseLine[] };
}

/** How far ahead an end of support is announced in the feed. */
export const WARNING_DAYS = 90;
/** How long an event stays in the feed. */
const KEEP_DAYS = 365;

/**
 * The feed's lifecycle news on `today`: a line released in the last year, an
 * end of support within the next 90 days (dated 90 days before it), and an end
 * of support reached in the last year. Dated by the data, so a rebuild on the
 * same day gives the same feed.
 */
export function lifecycleNews(profiles: readonly Owner[], today: Date): LifecycleNews[] {
  const day = isoDate(today);
  const oldest = isoDate(addDays(today, -KEEP_DAYS));
  const recent = (date: Date) => isoDate(date) <= day && isoDate(date) > oldest;
  const releases = profiles.flatMap(({ id, data }) =>
    data.releaseLines
      .filter((line) => line.released && recent(line.released))
      .map((line) => ({
        slug: id,
        key: `release-${line.cycle}`,
        date: line.released!,
        title: `${data.name} ${line.cycle} released`,
        source: line.source,
      })),
  );
  const ends = supportEndEvents(profiles).flatMap((event) => {
    const label = endKindLabels[event.kind];
    const base = { slug: event.slug, source: event.source };
    const key = `${event.kind}-${event.cycle}`;
    if (recent(event.date)) {
      return [
        { ...base, key: `${key}-ended`, date: event.date, title: `${event.name} ${event.cycle}: ${label} reached` },
      ];
    }
    const warned = addDays(event.date, -WARNING_DAYS);
    if (isoDate(event.date) > day && isoDate(warned) <= day) {
      const title = `${event.name} ${event.cycle}: ${label} on ${isoDate(event.date)}`;
      return [{ ...base, key: `${key}-soon`, date: warned, title }];
    }
    return [];
  });
  return [...releases, ...ends].sort((a, b) => b.date.getTime() - a.date.getTime() || compareText(a.title, b.title));
}
