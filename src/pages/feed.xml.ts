import { buildDay } from '../integrations/site-options';
import type { APIRoute } from 'astro';
import { getProfiles } from '../data/collection';
import { changesFeed } from '../lib/export/feed';
import { withBase } from '../lib/urls';
import { profilePath } from '../lib/paths';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(withBase(path), site).href;
  const xml = changesFeed(await getProfiles(), {
    feedUrl: absolute('feed.xml'),
    homeUrl: absolute(''),
    profileUrl: (slug) => absolute(profilePath(slug)),
    today: buildDay,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
