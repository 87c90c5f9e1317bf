import type { APIRoute } from 'astro';
import { getProfiles } from '../../data/profiles';
import { dataset } from '../../lib/export/dataset';
import { profilePath, withBase } from '../../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const url = (slug: string) => new URL(withBase(base, profilePath(slug)), site).href;
  return new Response(`${JSON.stringify(dataset(await getProfiles(), url), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
