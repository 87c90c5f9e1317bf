import { z } from 'astro/zod';
import { choice } from './choice';
import { featureKeys } from './features';
import { languageNames } from './languages';
import { isSpdxExpression, PROPRIETARY, spdxIds } from './licenses';
import { releaseFields } from './releases';
import { sourceUrl, sourcedFact } from './source';
import { supportStatementSchema } from './support';
import { architectures, hostingModels, statuses, vocabularyKeys } from './taxonomy';

/**
 * The profile schema is the one definition of a profile: front matter is
 * validated by it, the published record (/data/) is derived from it
 * (`src/schemas/published.ts`), and the field reference in content/README.md
 * is generated from its descriptions. Each field's `.describe()` text is what
 * contributors and data users read; fields registered in `keyFacts` are the
 * key facts of the profile page, the compare table and the wide CSV, in the
 * order the fields are declared here.
 */
export const keyFacts = z.registry<{
  /** Row label, e.g. "First release". */
  label: string;
  /** False for facts the compare table leaves out (links such as the website). */
  compare?: boolean;
}>();

/** Profile slugs: the file name, lower-case words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a profile slug such as "ruby-on-rails"' });

const spdxLicense = z.string().refine(isSpdxExpression, {
  error: (issue) =>
    `expected an SPDX id (${spdxIds.join(', ')}), a LicenseRef-<name> for a license the SPDX list lacks, or an expression of them joined by OR/AND; found ${JSON.stringify(issue.input)}`,
});

const currentYear = new Date().getUTCFullYear();

/**
 * A calendar date written as YAML `YYYY-MM-DD` (unquoted). That the written
 * text is a real date (not `2026-02-30`, which YAML rolls over) is checked by
 * the lint on the file's text (`front-matter-text`).
 */
const dateSchema = z.date({
  error: (issue) => `expected a date written as YYYY-MM-DD; found ${JSON.stringify(issue.input)}`,
});

/** A non-empty list of registered language names (src/schemas/languages.ts), no repeats. */
const languageList = z
  .array(choice(languageNames))
  .min(1, { error: 'expected at least one language' })
  .refine((names) => new Set(names).size === names.length, { error: 'expected each language once' });

const name = z.string().trim().min(1).describe('Display name, unique across the collection.');
const tagline = z
  .string()
  .trim()
  .min(10)
  .max(160)
  .describe('One neutral sentence: what it is and for whom, 10–160 characters.');
const firstRelease = sourcedFact(z.int().min(1990).max(currentYear))
  .describe('Sourced fact: year of the first public release (tag, package or announcement).')
  .register(keyFacts, { label: 'First release' });
const status = sourcedFact(choice(vocabularyKeys(statuses)))
  .describe(`Sourced fact: maintenance status, one of ${Object.keys(statuses).join(', ')} (rules on /about/).`)
  .register(keyFacts, { label: 'Status' });
const architecture = sourcedFact(choice(vocabularyKeys(architectures)))
  .describe(`Sourced fact: architectural style, one of ${Object.keys(architectures).join(', ')} (rules on /about/).`)
  .register(keyFacts, { label: 'Architecture' });
const maintainer = sourcedFact(z.string().trim().min(1))
  .describe('Sourced fact: the person, company or foundation that maintains it.')
  .register(keyFacts, { label: 'Maintainer' });
const website = sourceUrl
  .describe('Official home page, https.')
  .register(keyFacts, { label: 'Website', compare: false });

/** Key facts every kind has, after its license. */
const sharedFacts = { firstRelease, status, architecture, maintainer, website };

/** What `kind` means, for both kinds' literal. */
const kindDescription =
  'framework (a library you write code against) or platform (no-code, low-code or backend-as-a-service).';

/** Fields after the key facts, the same for every kind. */
const recordFields = {
  notableUsers: z
    .array(z.strictObject({ name: z.string().trim().min(1), source: sourceUrl }))
    .default([])
    .describe('Organisations publicly named as users, each as { name, source } with the page that names them.'),
  alternatives: z
    .array(slugSchema)
    .default([])
    .describe('Slugs of profiles readers weigh against this one (related pairs for /compare/).'),
  aliases: z
    .array(slugSchema)
    .default([])
    .describe(
      'Other slugs that lead to this profile, e.g. rails for ruby-on-rails; none may be another profile’s slug or alias.',
    ),
  verified: dateSchema.describe(
    'Date the facts were last checked against their sources, YYYY-MM-DD, a real date, not in the future.',
  ),
  changes: z
    .array(z.strictObject({ date: dateSchema, summary: z.string().trim().min(1) }))
    .default([])
    .describe('Changes to the data, newest first, as { date, summary }.'),
  features: z
    .partialRecord(choice(featureKeys), supportStatementSchema, {
      error: (issue) => {
        // At runtime an enum-keyed record reports unknown keys as `unrecognized_keys`; its types omit that code.
        const { code, keys = [] } = issue as { code: string; keys?: string[] };
        if (code !== 'unrecognized_keys') return undefined;
        return `unknown feature key ${keys.map((k) => JSON.stringify(k)).join(', ')}; expected keys of the catalogue (src/schemas/features.ts): ${featureKeys.join(', ')}`;
      },
    })
    .default({})
    .describe(
      'Support statements keyed by catalogue feature (src/schemas/features.ts), each { level, note?, source? }; a missing key means unknown.',
    ),
};

/** A library or framework that developers write application code against. */
export const frameworkSchema = z.strictObject({
  name,
  tagline,
  kind: z.literal('framework').describe(kindDescription).register(keyFacts, { label: 'Kind' }),
  languages: z
    .array(choice(languageNames))
    .min(1, { error: 'expected at least one language' })
    .describe(`Languages application code is written in, primary first: ${languageNames.join(', ')}.`)
    .register(keyFacts, { label: 'Languages' }),
  runtime: z
    .string()
    .trim()
    .min(1)
    .describe('What it runs on, e.g. CPython; Node.js, Deno, Bun; JVM.')
    .register(keyFacts, { label: 'Runtime' }),
  license: sourcedFact(spdxLicense)
    .describe(
      `Sourced fact: the license as an SPDX id (${spdxIds.join(', ')}), a LicenseRef-<name> for one the SPDX list lacks (the note says what it is), or an expression such as MIT OR Apache-2.0.`,
    )
    .register(keyFacts, { label: 'License' }),
  ...sharedFacts,
  repository: sourceUrl
    .describe('Public source repository, https.')
    .register(keyFacts, { label: 'Repository', compare: false }),
  ...releaseFields,
  ...recordFields,
});

/** A no-code, low-code or backend-as-a-service product: no language of its own. */
export const platformSchema = z.strictObject({
  name,
  tagline,
  kind: z.literal('platform').describe(kindDescription).register(keyFacts, { label: 'Kind' }),
  hosting: sourcedFact(choice(vocabularyKeys(hostingModels)))
    .describe(`Sourced fact: where it runs, one of ${Object.keys(hostingModels).join(', ')}.`)
    .register(keyFacts, { label: 'Hosting' }),
  sdkLanguages: sourcedFact(languageList)
    .optional()
    .describe('Sourced fact: languages of the platform’s official SDKs (not a framework’s languages).')
    .register(keyFacts, { label: 'SDK languages' }),
  functionLanguages: sourcedFact(languageList)
    .optional()
    .describe('Sourced fact: languages its server-side functions or hooks are written in; absent when it runs none.')
    .register(keyFacts, { label: 'Function languages' }),
  license: sourcedFact(
    z.union([z.literal(PROPRIETARY), spdxLicense], {
      error: (issue) => `expected "${PROPRIETARY}" or an SPDX id; found ${JSON.stringify(issue.input)}`,
    }),
  )
    .describe(`Sourced fact: an SPDX id or expression, or "${PROPRIETARY}".`)
    .register(keyFacts, { label: 'License' }),
  ...sharedFacts,
  repository: sourceUrl
    .optional()
    .describe('Public source repository, https, when the platform is open source.')
    .register(keyFacts, { label: 'Repository', compare: false }),
  ...releaseFields,
  ...recordFields,
});

/** Every kind's schema, keyed by `kind`. */
export const kindSchemas = { framework: frameworkSchema, platform: platformSchema } as const;

export const profileSchema = z.discriminatedUnion('kind', [frameworkSchema, platformSchema], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? `expected kind "framework" or "platform"; found ${JSON.stringify((issue.input as { kind?: unknown } | undefined)?.kind)}`
      : undefined,
});

/** Front matter as written by contributors. */
export type ProfileInput = z.input<typeof profileSchema>;
/** Front matter after validation and defaults. */
export type ProfileData = z.infer<typeof profileSchema>;
export type FrameworkData = z.infer<typeof frameworkSchema>;
export type PlatformData = z.infer<typeof platformSchema>;
