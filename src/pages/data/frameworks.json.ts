import type { APIRoute } from 'astro';
import { getProfiles } from '../../data/profiles';
import { dataset } from '../../lib/export/dataset';
import { assertValidExport } from '../../lib/export/validate';
import { withBase } from '../../lib/urls';
import { profilePath } from '../../lib/paths';

export const GET: APIRoute = async ({ site }) => {
  const url = (slug: string) => new URL(withBase(profilePath(slug)), site).href;
  const data = dataset(await getProfiles(), url);
  assertValidExport(data.profiles);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
