import type { Profile } from '../profiles';
import { escapeXml } from '../xml';
import { compareText } from '../sort';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export interface FeedOptions {
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** Absolute URL of the site's home page. */
  homeUrl: string;
  profileUrl: (slug: string) => string;
}

/**
 * /feed.xml: an Atom feed of data changes, one entry per profile for its latest
 * change (or verification), newest first, listing what changed.
 */
export function changesFeed(profiles: readonly Profile[], { feedUrl, homeUrl, profileUrl }: FeedOptions): string {
  const entries = profiles
    .map(({ id, data }) => {
      const latest = data.changes[0];
      const date = latest && latest.date > data.verified ? latest.date : data.verified;
      return { id, data, date, latest };
    })
    .sort((a, b) => b.date.getTime() - a.date.getTime() || compareText(a.id, b.id));
  const updated = entries[0]?.date ?? new Date(0);
  const entryXml = entries.map(({ id, data, date, latest }) => {
    const url = profileUrl(id);
    const summary = latest ? latest.summary : 'Facts verified.';
    const list = data.changes.map((c) => `<li>${isoDate(c.date)}: ${escapeXml(c.summary)}</li>`).join('');
    return `  <entry>
    <id>${escapeXml(`${url}#changes-${isoDate(date)}`)}</id>
    <title>${escapeXml(`${data.name}: ${summary}`)}</title>
    <updated>${isoDate(date)}T00:00:00Z</updated>
    <link href="${escapeXml(url)}"/>
    <summary>${escapeXml(summary)}</summary>
    <content type="html">${escapeXml(`<p>Facts last verified on ${isoDate(data.verified)}.</p><ul>${list}</ul>`)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(feedUrl)}</id>
  <title>Backend Atlas: data changes</title>
  <updated>${isoDate(updated)}T00:00:00Z</updated>
  <link rel="self" href="${escapeXml(feedUrl)}"/>
  <link href="${escapeXml(homeUrl)}"/>
  <author><name>Backend Atlas</name></author>
${entryXml.join('\n')}
</feed>
`;
}
