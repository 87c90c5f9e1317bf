import { z } from 'astro/zod';
import { choice } from './choice';
import { versionName } from './releases';
import { sourceUrl } from './source';
import { packageLevels, supportLevels } from './support-levels';

export const supportLevelSchema = choice(supportLevels);

/** Since which version a feature exists, as the project's release notes record it. */
export const sinceSchema = z.strictObject({
  /** The version that introduced the feature, e.g. "3.1". */
  version: versionName,
  /** Its release date, when the notes give it (YAML `YYYY-MM-DD`). */
  date: z.date().optional(),
  /** https release notes, changelog or docs page that records the introduction. */
  source: sourceUrl,
});

/**
 * One support statement, after mdn/browser-compat-data: a level, an optional
 * short note and the URL it was read from. The schema also enforces the rules
 * that relate the fields: a known level needs a source; a package level names
 * the package in its note.
 */
export const supportStatementSchema = z
  .strictObject({
    /** Support level; see `supportLevels`. */
    level: supportLevelSchema,
    /** Short caveat, or the package's name for package levels (at most 300 characters). */
    note: z.string().trim().min(1).max(300).optional(),
    /** URL of the page that states this support; required unless `unknown`. */
    source: sourceUrl.optional(),
    /** Since which version the feature exists, where the project documents it. */
    since: sinceSchema.optional(),
  })
  .superRefine((statement, context) => {
    if (statement.level !== 'unknown' && statement.source === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['source'],
        message: `missing source for level "${statement.level}": add the https URL of the page that states this support, or set the level to "unknown"`,
      });
    }
    if (packageLevels.includes(statement.level) && statement.note === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['note'],
        message: `level "${statement.level}" without a note: start the note with the name of the package, e.g. "Flask-SQLAlchemy"`,
      });
    }
  });

export type SupportStatement = z.infer<typeof supportStatementSchema>;
