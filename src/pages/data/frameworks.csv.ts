import type { APIRoute } from 'astro';
import { getDataset } from '../../data/collection';
import { frameworksCsv } from '../../lib/export/csv';

export const GET: APIRoute = async () =>
  new Response(frameworksCsv((await getDataset()).profiles), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
