import { z } from 'astro/zod';
import { sourceUrl } from './source';

/**
 * A calendar date written as YAML `YYYY-MM-DD` (unquoted). YAML turns an
 * impossible date such as 2026-02-30 into 2 March silently; the lint check
 * `front-matter-text` compares the written text.
 */
const releaseDate = z.date({
  error: (issue) => `expected a date written as YYYY-MM-DD; found ${JSON.stringify(issue.input)}`,
});

const note = (max: number) => z.string().trim().min(1).max(max);

/** A version name; unquoted YAML such as `6.0` would arrive as the number 6, so a string is required. */
export const versionName = z
  .string({ error: (issue) => `expected a quoted version string such as "6.0"; found ${JSON.stringify(issue.input)}` })
  .trim()
  .min(1);

/**
 * How a project supports its release lines (cadence, LTS rule), or the explicit
 * statement that it publishes no such policy.
 */
export const releasePolicySchema = z.union(
  [
    z.strictObject({
      /** The policy in one or two sentences of our own (at most 400 characters). */
      summary: note(400),
      /** The project's own page that states the policy. */
      source: sourceUrl,
    }),
    z.strictObject({
      /** The project publishes no page saying how long its lines are supported. */
      none: z.literal(true),
      /** Optional caveat, e.g. what the maintainers do say (at most 300 characters). */
      note: note(300).optional(),
      /** Optional page that shows the absence, e.g. a README that says only the latest line is fixed. */
      source: sourceUrl.optional(),
    }),
  ],
  {
    error: () => 'expected { summary, source } or { none: true, note?, source? }',
  },
);

/** One release line (a major or minor series), as the project names and supports it. */
export const releaseLineSchema = z.strictObject({
  /** The line's name as the project writes it, e.g. "6.0", "8.x", "3". */
  cycle: versionName,
  /** Date of the line's first release (x.y.0); omitted when no read source gives it. */
  released: releaseDate.optional(),
  /** True only when the project itself calls the line long-term support. Default: false. */
  lts: z.boolean().default(false),
  /** End of active (bug-fix) support, when announced; may lie in the future. */
  bugfixUntil: releaseDate.optional(),
  /** End of security support, when announced; may lie in the future. */
  securityUntil: releaseDate.optional(),
  /** Latest version published in this line, e.g. "6.0.9"; must belong to `cycle`. */
  latest: versionName.optional(),
  /** Release date of `latest`; not before `released`. */
  latestDate: releaseDate.optional(),
  /** Language or runtime versions the project states for this line, e.g. "Python 3.12–3.14" (at most 200 characters). */
  requires: note(200).optional(),
  /** Short caveat, e.g. "end announced as a month; its last day used" (at most 300 characters). */
  note: note(300).optional(),
  /** https page stating this line's dates or support: policy page, release notes, changelog or tag. */
  source: sourceUrl,
});

/** Release lines, newest first (lint `release-lines-ordered`). Default: none recorded. */
export const releaseLinesSchema = z.array(releaseLineSchema).default([]);

/** The two profile fields this file defines, spread into the framework and platform schemas. */
export const releaseFields = {
  releasePolicy: releasePolicySchema
    .optional()
    .describe(
      'The support policy as { summary, source } (cadence, LTS rule, from the project’s own page), or { none: true, note?, source? } when the project publishes none; absent while not yet researched.',
    ),
  releaseLines: releaseLinesSchema.describe(
    'Release lines, newest first, each { cycle, released?, lts, bugfixUntil?, securityUntil?, latest?, latestDate?, requires?, note?, source }: every supported line and the most recent ended ones. Dates YYYY-MM-DD; ends may lie in the future, releases may not.',
  ),
};

export type ReleaseLine = z.infer<typeof releaseLineSchema>;
