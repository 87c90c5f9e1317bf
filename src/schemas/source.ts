import { z } from 'astro/zod';

/** A source URL: absolute and https, so a reader can follow it safely. */
export const httpsUrl = z
  .string({ error: 'expected a source URL (https://…)' })
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
    error: (issue) => `expected an https URL; found ${JSON.stringify(issue.input)}`,
  });

/**
 * A fact a reader could dispute: its value, the https URL it was read from,
 * and an optional note (e.g. where sources disagree).
 */
export function sourcedFact<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value,
    /** https URL of the primary source for this value. */
    source: httpsUrl,
    /** Short remark, e.g. why the value differs from another source. */
    note: z.string().trim().min(1).max(400).optional(),
  });
}
