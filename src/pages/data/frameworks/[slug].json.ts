import type { APIRoute, GetStaticPaths } from 'astro';
import { getProfiles, getPublished } from '../../../data/collection';

/** One profile's published record, the same object as in /data/frameworks.json: what the compare builder fetches per pick. */
export const getStaticPaths = (async () =>
  (await getProfiles()).map((p) => ({ params: { slug: p.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(`${JSON.stringify(await getPublished(params.slug ?? ''), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
