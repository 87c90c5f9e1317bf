import { features } from '../../schemas/features';
import { publishedFieldNames, publishedProfileSchema, type PublishedProfile } from '../../schemas/published';
import type { Profile } from '../profiles';
import { statementFor } from '../statements';

/** A front-matter value as published: dates as `YYYY-MM-DD`, recursively. */
function encode(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, encode(v)]));
  }
  return value;
}

/**
 * One profile as published (the rule is described in `src/schemas/published.ts`).
 * The result is checked against the published schema, so a mismatch fails the
 * build naming the profile and the field.
 */
export function publishProfile({ id, data }: Profile, url: string): PublishedProfile {
  const fields = new Map<string, unknown>(Object.entries(data));
  const record: Record<string, unknown> = { slug: id, url };
  for (const key of publishedFieldNames) {
    const value = fields.get(key);
    const shape = publishedProfileSchema.shape[key];
    if (key === 'features')
      record[key] = Object.fromEntries(features.map((f) => [f.key, encode(statementFor(data, f.key))]));
    else if (value !== undefined) record[key] = encode(value);
    else record[key] = shape?.safeParse([]).success ? [] : null;
  }
  const result = publishedProfileSchema.safeParse(record);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${id}: ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`/data/frameworks.json does not match /data/schema.json:\n${problems.join('\n')}`);
  }
  // The runtime schema is built from the profile schema; `PublishedProfile` states the same rule as a type.
  return result.data as PublishedProfile;
}
