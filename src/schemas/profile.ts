import { z } from 'astro/zod';
import { choice } from './choice';
import { featureKeys } from './features';
import { languageNames } from './languages';
import { isSpdxExpression, PROPRIETARY, spdxIds } from './licenses';
import { releaseFields } from './releases';
import { sourceUrl, sourcedFact } from './source';
import { supportStatementSchema } from './support';
import { architectures, hostingModels, statuses, vocabularyKeys } from './taxonomy';

/** Profile slugs: the file name, lower-case words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a profile slug such as "ruby-on-rails"' });

const spdxLicense = z.string().refine(isSpdxExpression, {
  error: (issue) =>
    `expected an SPDX id (${spdxIds.join(', ')}) or an expression of them joined by OR/AND; found ${JSON.stringify(issue.input)}`,
});

const currentYear = new Date().getUTCFullYear();

/** A calendar date written as YAML `YYYY-MM-DD` (unquoted). */
const dateSchema = z.date({
  error: (issue) => `expected a date written as YYYY-MM-DD; found ${JSON.stringify(issue.input)}`,
});

/** A non-empty list of registered language names (src/schemas/languages.ts), no repeats. */
const languageList = z
  .array(choice(languageNames))
  .min(1, { error: 'expected at least one language' })
  .refine((names) => new Set(names).size === names.length, { error: 'expected each language once' });

/** Fields every profile has, whatever its kind. */
export const commonFields = {
  /** Display name, unique across the collection. */
  name: z.string().trim().min(1),
  /** One neutral sentence: what it is, for whom (at most 160 characters). */
  tagline: z.string().trim().min(10).max(160),
  /** Official home page. */
  website: sourceUrl,
  /** Year of the first public release (tag, package or announcement). */
  firstRelease: sourcedFact(z.int().min(1990).max(currentYear)),
  /** Maintenance status; rules in `statuses`. */
  status: sourcedFact(choice(vocabularyKeys(statuses))),
  /** Architectural style; rules in `architectures`. */
  architecture: sourcedFact(choice(vocabularyKeys(architectures))),
  /** Person, company or foundation that maintains it. */
  maintainer: sourcedFact(z.string().trim().min(1)),
  /** Organisations publicly named as users, each with the page that names them. */
  notableUsers: z.array(z.strictObject({ name: z.string().trim().min(1), source: sourceUrl })).default([]),
  /** Slugs of profiles readers weigh against this one (related pairs for /compare/). */
  alternatives: z.array(slugSchema).default([]),
  /**
   * Other slugs that should lead to this profile, e.g. `rails` for `ruby-on-rails`
   * or `spring-boot` for `spring`; none may equal another profile's slug or alias
   * (lint `aliases-unique`). Default: none.
   */
  aliases: z.array(slugSchema).default([]),
  /** Date the facts were last checked against their sources; not in the future. */
  verified: dateSchema,
  /** Data changes, newest first, for the change feed. */
  changes: z.array(z.strictObject({ date: dateSchema, summary: z.string().trim().min(1) })).default([]),
  /** Support statements keyed by catalogue feature; a missing key means `unknown`. */
  features: z
    .partialRecord(choice(featureKeys), supportStatementSchema, {
      error: (issue) => {
        // At runtime an enum-keyed record reports unknown keys as `unrecognized_keys`; its types omit that code.
        const { code, keys = [] } = issue as { code: string; keys?: string[] };
        if (code !== 'unrecognized_keys') return undefined;
        return `unknown feature key ${keys.map((k) => JSON.stringify(k)).join(', ')}; expected keys of the catalogue (src/schemas/features.ts): ${featureKeys.join(', ')}`;
      },
    })
    .default({}),
};

/** A library or framework that developers write application code against. */
export const frameworkSchema = z.strictObject({
  ...commonFields,
  kind: z.literal('framework'),
  /** Languages application code is written in, primary first. */
  languages: z.array(choice(languageNames)).min(1, { error: 'expected at least one language' }),
  /** Runtime or platform it runs on, e.g. "CPython", "Node.js, Deno, Bun", "JVM". */
  runtime: z.string().trim().min(1),
  /** Open-source license as an SPDX id or expression. */
  license: sourcedFact(spdxLicense),
  /** Public source repository. */
  repository: sourceUrl,
  ...releaseFields,
});

/** A no-code, low-code or backend-as-a-service product: no language of its own. */
export const platformSchema = z.strictObject({
  ...commonFields,
  kind: z.literal('platform'),
  /** SPDX id or expression, or "proprietary". */
  license: sourcedFact(
    z.union([z.literal(PROPRIETARY), spdxLicense], {
      error: (issue) => `expected "${PROPRIETARY}" or an SPDX id; found ${JSON.stringify(issue.input)}`,
    }),
  ),
  /** Public source repository, when the platform is open source. */
  repository: sourceUrl.optional(),
  /** Where it runs; labels in `hostingModels`. */
  hosting: sourcedFact(choice(vocabularyKeys(hostingModels))),
  ...releaseFields,
  /** Languages of the platform's official client/server SDKs (not of the platform itself), e.g. JavaScript, Dart. */
  sdkLanguages: sourcedFact(languageList).optional(),
  /** Languages its server-side functions or hooks are written in; absent when it runs none. */
  functionLanguages: sourcedFact(languageList).optional(),
});

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
