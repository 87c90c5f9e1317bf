import { normalizeWords } from './synonyms';
import { editDistance } from '../suggest';

/** A profile as search knows it by name: shipped to the page as JSON for ranking and "Did you mean". */
export interface ProfileName {
  name: string;
  slug: string;
  aliases: string[];
}

/** Every way of writing a profile's name that search accepts: its name, slug and aliases, normalised. */
export function nameKeys(profile: ProfileName): string[] {
  return [...new Set([profile.name, profile.slug, ...profile.aliases].map(normalizeWords))];
}

/** The profile a phrase names exactly ("rails" → Ruby on Rails), if any. */
export function profileNamed(names: readonly ProfileName[], phrase: string): ProfileName | undefined {
  const wanted = normalizeWords(phrase);
  return names.find((p) => nameKeys(p).includes(wanted));
}

/**
 * "Did you mean Django?" for a single word that is not a profile's name but
 * is close to one: at most one edit for words up to five letters, two beyond,
 * so short words such as "orm" are not read as typos. The closest name wins.
 */
export function didYouMean(names: readonly ProfileName[], query: string): ProfileName | undefined {
  const word = normalizeWords(query);
  if (!word || word.includes(' ') || profileNamed(names, word)) return undefined;
  const limit = word.length <= 5 ? 1 : 2;
  let best: { profile: ProfileName; distance: number } | undefined;
  for (const profile of names) {
    for (const key of nameKeys(profile)) {
      const distance = editDistance(word, key);
      if (distance <= limit && (!best || distance < best.distance)) best = { profile, distance };
    }
  }
  return best?.profile;
}
