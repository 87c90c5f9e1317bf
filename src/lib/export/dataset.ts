import { categories, features } from '../../schemas/features';
import type { ExportedProfile } from '../../schemas/export';
import type { ProfileData } from '../../schemas/profile';
import type { Profile } from '../profiles';
import { statementFor } from '../support';

/** Bumped when a field of the published dataset changes meaning or shape. */
export const SCHEMA_VERSION = 1;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** One profile as published: every fact with its source, and a statement for every catalogue feature. */
function exportProfile(id: string, data: ProfileData, url: string): ExportedProfile {
  return {
    slug: id,
    url,
    name: data.name,
    tagline: data.tagline,
    kind: data.kind,
    languages: data.kind === 'framework' ? data.languages : [],
    sdkLanguages: data.kind === 'platform' ? (data.sdkLanguages ?? null) : null,
    functionLanguages: data.kind === 'platform' ? (data.functionLanguages ?? null) : null,
    runtime: data.kind === 'framework' ? data.runtime : null,
    hosting: data.kind === 'platform' ? data.hosting : null,
    license: data.license,
    firstRelease: data.firstRelease,
    status: data.status,
    architecture: data.architecture,
    maintainer: data.maintainer,
    website: data.website,
    repository: data.repository ?? null,
    notableUsers: data.notableUsers,
    alternatives: data.alternatives,
    aliases: data.aliases,
    verified: isoDate(data.verified),
    changes: data.changes.map((c) => ({ date: isoDate(c.date), summary: c.summary })),
    features: Object.fromEntries(
      features.map((f) => {
        const { since, ...statement } = statementFor(data, f.key);
        if (!since) return [f.key, statement];
        const { date, ...rest } = since;
        return [f.key, { ...statement, since: date ? { ...rest, date: isoDate(date) } : rest }];
      }),
    ) as ExportedProfile['features'],
  };
}

/**
 * The open dataset behind /data/frameworks.json. Deterministic: the same
 * content gives the same bytes (profiles by slug, fields in a fixed order, no
 * build timestamp).
 */
export function dataset(profiles: readonly Profile[], profileUrl: (slug: string) => string) {
  return {
    schemaVersion: SCHEMA_VERSION,
    categories: categories.map((c) => ({ key: c.key, name: c.name })),
    features: features.map((f) => ({ key: f.key, name: f.name, category: f.category, description: f.description })),
    profiles: [...profiles]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((p) => exportProfile(p.id, p.data, profileUrl(p.id))),
  };
}

export type Dataset = ReturnType<typeof dataset>;
