import type { PlatformData, ProfileData } from '../../schemas/profile';
import type { ExportedProfile } from '../../schemas/export';

/** Turns a published profile back into the shape the pure functions take (dates as Date). */
export function reviveProfile(e: ExportedProfile): ProfileData {
  const common = {
    name: e.name,
    tagline: e.tagline,
    website: e.website,
    firstRelease: e.firstRelease,
    status: e.status,
    architecture: e.architecture,
    maintainer: e.maintainer,
    license: e.license,
    notableUsers: e.notableUsers,
    alternatives: e.alternatives,
    aliases: e.aliases,
    verified: new Date(e.verified),
    changes: e.changes.map((c) => ({ date: new Date(c.date), summary: c.summary })),
    features: Object.fromEntries(
      Object.entries(e.features).map(([key, { since, ...statement }]) => [
        key,
        since ? { ...statement, since: { ...since, date: since.date ? new Date(since.date) : undefined } } : statement,
      ]),
    ),
    releaseLines: [],
  };
  if (e.kind === 'framework') {
    return {
      ...common,
      kind: 'framework',
      languages: e.languages,
      runtime: e.runtime ?? '',
      repository: e.repository ?? '',
    };
  }
  return {
    ...common,
    kind: 'platform',
    ...(e.repository ? { repository: e.repository } : {}),
    hosting: e.hosting,
    ...(e.sdkLanguages ? { sdkLanguages: e.sdkLanguages } : {}),
    ...(e.functionLanguages ? { functionLanguages: e.functionLanguages } : {}),
  } as PlatformData;
}
