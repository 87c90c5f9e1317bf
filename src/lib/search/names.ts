import { normalizeWords } from './synonyms';

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

/** Optimal string alignment distance: edits, counting a swap of two neighbours ("djnago") as one. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
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
