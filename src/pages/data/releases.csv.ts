import { buildDay } from '../../integrations/site-options';
import type { APIRoute } from 'astro';
import { getProfiles } from '../../data/collection';
import { releaseRows, releasesCsv } from '../../lib/export/releases';

export const GET: APIRoute = async () =>
  new Response(releasesCsv(releaseRows(await getProfiles(), buildDay)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
