import type { APIRoute } from 'astro';
import { getProfiles } from '../../data/collection';
import { releaseRows } from '../../lib/export/releases';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify({ releases: releaseRows(await getProfiles(), new Date()) }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
