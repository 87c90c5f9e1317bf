import type { Profile } from '../profiles';

/** One canonical URL per pair: slugs in alphabetical order, e.g. `django-vs-flask`. */
export function pairSlug(a: string, b: string): string {
  return a < b ? `${a}-vs-${b}` : `${b}-vs-${a}`;
}

export interface RelatedPair<T extends Profile> {
  slug: string;
  a: T;
  b: T;
  /** Why the pair gets a page. */
  reasons: ('same-language' | 'alternative')[];
}

const primaryLanguage = (p: Profile) => (p.data.kind === 'framework' ? p.data.languages[0] : undefined);

/**
 * Pairs that get a static compare page: the same primary language, or listed
 * as alternatives by either profile. Built from an index by language and the
 * alternatives lists, so the work grows with related pairs, not with all pairs.
 */
export function relatedPairs<T extends Profile>(profiles: readonly T[]): RelatedPair<T>[] {
  const bySlug = new Map(profiles.map((p) => [p.id, p]));
  const pairs = new Map<string, RelatedPair<T>>();
  const add = (x: T, y: T, reason: RelatedPair<T>['reasons'][number]) => {
    if (x.id === y.id) return;
    const [a, b] = x.id < y.id ? [x, y] : [y, x];
    const slug = pairSlug(a.id, b.id);
    const pair = pairs.get(slug) ?? { slug, a, b, reasons: [] };
    if (!pair.reasons.includes(reason)) pair.reasons.push(reason);
    pairs.set(slug, pair);
  };
  const byLanguage = new Map<string, T[]>();
  for (const p of profiles) {
    const language = primaryLanguage(p);
    if (language) byLanguage.set(language, [...(byLanguage.get(language) ?? []), p]);
  }
  for (const group of byLanguage.values()) {
    group.forEach((x, i) => {
      group.slice(i + 1).forEach((y) => {
        add(x, y, 'same-language');
      });
    });
  }
  for (const p of profiles) {
    for (const slug of p.data.alternatives) {
      const other = bySlug.get(slug);
      if (other) add(p, other, 'alternative');
    }
  }
  return [...pairs.values()].sort((x, y) => x.slug.localeCompare(y.slug));
}

/** The related pairs a profile belongs to, for links from its page. */
export function pairsOf<T extends Profile>(pairs: readonly RelatedPair<T>[], slug: string): RelatedPair<T>[] {
  return pairs.filter((p) => p.a.id === slug || p.b.id === slug);
}
