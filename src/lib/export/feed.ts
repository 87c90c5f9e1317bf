import { lifecycleNews } from '../lifecycle/feed-events';
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
  /** Build date: lifecycle news (release lines, ends of support) is chosen relative to it. */
  today: Date;
}

interface FeedEntry {
  id: string;
  title: string;
  date: Date;
  url: string;
  summary: string;
  /** HTML body. */
  html: string;
}

/**
 * /feed.xml: an Atom feed, newest first, of data changes (one entry per
 * profile for its latest change or verification, listing what changed) and of
 * lifecycle news (a new release line, support ending within 90 days, support ended).
 */
export function changesFeed(
  profiles: readonly Profile[],
  { feedUrl, homeUrl, profileUrl, today }: FeedOptions,
): string {
  const changes = profiles.map(({ id, data }): FeedEntry => {
    const latest = data.changes[0];
    const date = latest && latest.date > data.verified ? latest.date : data.verified;
    const url = profileUrl(id);
    const summary = latest ? latest.summary : 'Facts verified.';
    const list = data.changes.map((c) => `<li>${isoDate(c.date)}: ${escapeXml(c.summary)}</li>`).join('');
    return {
      id: `${url}#changes-${isoDate(date)}`,
      title: `${data.name}: ${summary}`,
      date,
      url,
      summary,
      html: `<p>Facts last verified on ${isoDate(data.verified)}.</p><ul>${list}</ul>`,
    };
  });
  const news = lifecycleNews(profiles, today).map((n): FeedEntry => {
    const url = `${profileUrl(n.slug)}#versions`;
    const source = `<a href="${escapeXml(n.source)}">${escapeXml(n.source)}</a>`;
    return {
      id: `${url}-${n.key}`,
      title: n.title,
      date: n.date,
      url,
      summary: n.title,
      html: `<p>Source: ${source}</p>`,
    };
  });
  const entries = [...changes, ...news].sort((a, b) => b.date.getTime() - a.date.getTime() || compareText(a.id, b.id));
  const updated = entries[0]?.date ?? new Date(0);
  const entryXml = entries.map(
    (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <updated>${isoDate(e.date)}T00:00:00Z</updated>
    <link href="${escapeXml(e.url)}"/>
    <summary>${escapeXml(e.summary)}</summary>
    <content type="html">${escapeXml(e.html)}</content>
  </entry>`,
  );
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
