import { buildDay } from '../../integrations/site-options';
import type { APIRoute } from 'astro';
import { getProfiles } from '../../data/collection';
import { releaseRows } from '../../lib/export/releases';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify({ releases: releaseRows(await getProfiles(), buildDay) }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
