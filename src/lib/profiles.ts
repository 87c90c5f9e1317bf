import { features } from '../schemas/features';
import { languages, type LanguageName } from '../schemas/languages';
import type { ProfileData } from '../schemas/profile';
import { statementFor } from './statements';

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

/**
 * Other profiles sharing a language with this one, per language, at most
 * `limit` each (the page links to the language page for the rest), taken from
 * groups built once per build, so a page's work does not grow with the collection.
 */
export function sameLanguagePeers<T extends Profile>(
  profile: Profile,
  groups: readonly { language: LanguageName; profiles: readonly T[] }[],
  limit = 12,
): { language: LanguageName; profiles: T[]; total: number }[] {
  return languagesOf(profile.data)
    .map((language) => {
      const others = (groups.find((g) => g.language === language)?.profiles ?? []).filter((p) => p.id !== profile.id);
      return { language, profiles: others.slice(0, limit), total: others.length };
    })
    .filter((group) => group.total > 0);
}
