import type { APIRoute } from 'astro';
import { getProfiles } from '../../data/profiles';
import { frameworksCsv } from '../../lib/export/csv';

export const GET: APIRoute = async () =>
  new Response(frameworksCsv(await getProfiles()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
