import type { APIRoute } from 'astro';
import { getDataset } from '../../data/collection';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await getDataset(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
