import type { APIRoute } from 'astro';
import { getDataset } from '../../data/collection';
import { frameworksWideCsv } from '../../lib/export/csv';

export const GET: APIRoute = async () => {
  const { profiles, facts } = await getDataset();
  return new Response(frameworksWideCsv(profiles, facts), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
