import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { publishedProfileSchema } from '../../schemas/published';

/** The JSON Schema of one published profile, generated from the zod schema, never written by hand. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(z.toJSONSchema(publishedProfileSchema), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
