import { features } from '../schemas/features';
import { languages, type LanguageName } from '../schemas/languages';
import type { ProfileData } from '../schemas/profile';
import { statementFor } from './support';

/** A profile as pages use it: its slug (`id`) and validated data. */
export interface Profile {
  id: string;
  data: ProfileData;
}

/** Languages of a profile; platforms have none. */
export function languagesOf(data: ProfileData): readonly LanguageName[] {
  return data.kind === 'framework' ? data.languages : [];
}

/** URL segment of `/languages/<slug>/` for a language name. */
export function languageSlug(name: LanguageName): string {
  return languages.find((l) => l.name === name)?.slug ?? name.toLowerCase();
}

/** Profiles sorted by display name, case- and accent-insensitively. */
export function byName<T extends Profile>(profiles: readonly T[]): T[] {
  return [...profiles].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' }));
}

/** How many catalogue features the profile has built in. */
export function builtInCount(data: ProfileData): number {
  return features.filter((f) => statementFor(data, f.key).level === 'built-in').length;
}

/** Other profiles sharing a language with this one, grouped by that language. */
export function sameLanguagePeers<T extends Profile>(
  profile: Profile,
  all: readonly T[],
): { language: LanguageName; profiles: T[] }[] {
  return languagesOf(profile.data)
    .map((language) => ({
      language,
      profiles: byName(all.filter((p) => p.id !== profile.id && languagesOf(p.data).includes(language))),
    }))
    .filter((group) => group.profiles.length > 0);
}
