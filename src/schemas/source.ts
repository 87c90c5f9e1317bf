import { z } from 'astro/zod';

/**
 * An absolute URL. That sources use https is a rule of the data lint
 * (`https-only`), which reports every offending field at once.
 */
export const sourceUrl = z.url({
  error: (issue) => `expected an absolute URL (https://…); found ${JSON.stringify(issue.input)}`,
});

/**
 * A fact a reader could dispute: its value, the URL it was read from, and an
 * optional note (e.g. where sources disagree).
 */
export function sourcedFact<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value,
    /** URL of the primary source for this value. */
    source: sourceUrl,
    /** Short remark, e.g. why the value differs from another source. */
    note: z.string().trim().min(1).max(400).optional(),
  });
}
