import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { releaseRowSchema } from '../../schemas/release-export';

/** The JSON Schema of one row of /data/releases.json, generated from the zod schema. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(z.toJSONSchema(releaseRowSchema), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
