import { z } from 'astro/zod';
import { commonFields, frameworkSchema, platformSchema } from './profile';
import { featureKeys } from './features';
import { languageNames } from './languages';
import { sinceSchema, supportStatementSchema } from './support';

const isoDate = z.iso.date();
const fact = 'An object { value, source, note? }: the value, the https URL it was read from, and an optional caveat.';

/**
 * One profile as published in /data/frameworks.json. Built from the same
 * pieces as the front-matter schema, with dates as ISO strings, `null` for
 * fields a kind does not have, the slug and canonical URL added, and a
 * statement for every catalogue feature. /data/schema.json is generated from
 * it, and the /data/ page lists its fields from the descriptions below.
 */
export const exportedProfileSchema = z
  .strictObject({
    slug: z.string().describe('Stable identifier: the profile’s file name, also its URL segment.'),
    url: z.url().describe('Canonical URL of the profile page.'),
    name: commonFields.name.describe('Display name, unique in the dataset.'),
    tagline: commonFields.tagline.describe('One neutral sentence describing it.'),
    kind: z
      .enum(['framework', 'platform'])
      .describe('“framework” (code library) or “platform” (no-code / backend-as-a-service).'),
    languages: z
      .array(z.enum(languageNames))
      .describe('Languages of application code, primary first; empty for platforms.'),
    sdkLanguages: platformSchema.shape.sdkLanguages
      .unwrap()
      .nullable()
      .describe(
        `Languages of a platform's official SDKs; null for frameworks and for platforms not yet researched. ${fact}`,
      ),
    functionLanguages: platformSchema.shape.functionLanguages
      .unwrap()
      .nullable()
      .describe(
        `Languages of a platform's server-side functions or hooks; null for frameworks and platforms without them. ${fact}`,
      ),
    runtime: z.string().nullable().describe('What a framework runs on; null for platforms.'),
    hosting: platformSchema.shape.hosting
      .nullable()
      .describe(`Where a platform runs (cloud, self-hosted, cloud-and-self-hosted); null for frameworks. ${fact}`),
    license: z
      .union([frameworkSchema.shape.license, platformSchema.shape.license])
      .describe(`SPDX id or expression, or “proprietary”. ${fact}`),
    firstRelease: commonFields.firstRelease.describe(`Year of the first public release. ${fact}`),
    status: commonFields.status.describe(`active, maintenance or deprecated. ${fact}`),
    architecture: commonFields.architecture.describe(
      `Architectural style (mvc, mvt, micro, modular, full-stack, baas, no-code). ${fact}`,
    ),
    maintainer: commonFields.maintainer.describe(`Who maintains it. ${fact}`),
    website: commonFields.website.describe('Official home page.'),
    repository: z.url().nullable().describe('Public source repository; null for closed platforms.'),
    notableUsers: z
      .array(z.strictObject({ name: z.string(), source: z.url() }))
      .describe('Organisations publicly named as users, each with the page that names them.'),
    alternatives: z.array(z.string()).describe('Slugs of profiles readers weigh against this one.'),
    aliases: z.array(z.string()).describe('Other slugs that lead to this profile, e.g. “rails” for ruby-on-rails.'),
    verified: isoDate.describe('Date the facts were last checked against their sources (YYYY-MM-DD).'),
    changes: z
      .array(z.strictObject({ date: isoDate, summary: z.string() }))
      .describe('Changes to the data, newest first: { date, summary }.'),
    features: z
      .record(
        z.enum(featureKeys),
        supportStatementSchema.extend({ since: sinceSchema.extend({ date: isoDate.optional() }).optional() }),
      )
      .describe(
        'A statement for every catalogue feature key: { level, note?, source? }, level one of built-in, official-package, community-package, none, unknown; since { version, date?, source } where the release notes record it.',
      ),
  })
  .meta({
    title: 'Backend Atlas profile',
    description: 'One framework or platform profile from /data/frameworks.json.',
  });

export type ExportedProfile = z.infer<typeof exportedProfileSchema>;

/** Field names and descriptions of a published profile, in order, for documentation. */
export function exportedFields(): { name: string; description: string }[] {
  return Object.entries(exportedProfileSchema.shape).map(([name, schema]) => ({
    name,
    description: schema.description ?? '',
  }));
}
