import { z } from 'astro/zod';
import { choice } from './choice';
import { httpsUrl } from './source';

/**
 * How a profile supports a feature, from strongest to weakest.
 * `unknown` is what a missing statement means: it is never counted as support.
 */
export const supportLevels = [
  'built-in',
  'official-package',
  'community-package',
  'none',
  'unknown',
] as const;

export type SupportLevel = (typeof supportLevels)[number];

/** Levels that point at a separate package, whose name the note must give. */
export const packageLevels: readonly SupportLevel[] = ['official-package', 'community-package'];

export const supportLevelSchema = choice(supportLevels);

/**
 * One support statement, after mdn/browser-compat-data: a level, an optional
 * short note and the URL it was read from. The schema itself enforces the
 * rules: every known level cites a source, and package levels name the package.
 */
export const supportStatementSchema = z
  .strictObject({
    /** Support level; see `supportLevels`. */
    level: supportLevelSchema,
    /** Short caveat or the package's name (required for package levels). */
    note: z.string().trim().min(1).max(300).optional(),
    /** https URL of the page that states this support; required unless `unknown`. */
    source: httpsUrl.optional(),
  })
  .superRefine((statement, ctx) => {
    if (statement.level !== 'unknown' && !statement.source) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: `missing source: level "${statement.level}" needs a source URL (https) that states it; use level "unknown" if none can be found`,
      });
    }
    if (packageLevels.includes(statement.level) && !statement.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: `missing note: level "${statement.level}" must name the package in its note`,
      });
    }
  });

export type SupportStatement = z.infer<typeof supportStatementSchema>;
