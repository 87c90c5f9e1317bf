import { z } from 'astro/zod';

const isoDate = z.iso.date();

/**
 * One row of /data/releases.json and /data/releases.csv: one release line of
 * one profile. /data/releases.schema.json is generated from it.
 */
export const releaseRowSchema = z
  .strictObject({
    slug: z.string().describe('Profile slug (as in frameworks.json).'),
    name: z.string().describe('Profile display name.'),
    cycle: z.string().describe('The release line as the project names it, e.g. "6.0".'),
    released: isoDate.nullable().describe('First release of the line (YYYY-MM-DD); null when not sourced.'),
    lts: z.boolean().describe('Whether the project calls the line long-term support.'),
    bugfixUntil: isoDate.nullable().describe('End of bug-fix (active) support; null when not announced.'),
    securityUntil: isoDate.nullable().describe('End of security support; null when not announced.'),
    latest: z.string().nullable().describe('Latest version published in the line.'),
    latestDate: isoDate.nullable().describe('Release date of the latest version.'),
    requires: z.string().nullable().describe('Language or runtime versions the project states for the line.'),
    status: z
      .enum(['active', 'security', 'ended', 'unstated'])
      .describe(
        'On the build date: active (bug fixes), security (security fixes only), ended, or unstated (older line, no end announced).',
      ),
    note: z.string().nullable().describe('Caveat about the dates.'),
    source: z.url().describe('Page stating the line’s dates or support.'),
  })
  .meta({
    title: 'Backend Atlas release line',
    description: 'One release line of one profile from /data/releases.json.',
  });

export type ReleaseRow = z.infer<typeof releaseRowSchema>;
