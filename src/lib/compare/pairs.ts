import type { Profile } from '../profiles';
import { compareText } from '../sort';

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
 * Languages with more profiles than this get no automatic same-language pairs
 * (which would grow with the square of the group); their pairs come from the
 * profiles' `alternatives` lists alone. Every language today is well below it.
 */
export const MAX_PAIRED_LANGUAGE_GROUP = 8;

/**
 * Pairs that get a static compare page: the same primary language (in groups
 * of up to MAX_PAIRED_LANGUAGE_GROUP), or listed as alternatives by either
 * profile. Built from an index by language and the alternatives lists, so the
 * number of pairs grows linearly with the collection, not with all pairs.
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
    if (group.length > MAX_PAIRED_LANGUAGE_GROUP) continue;
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
  return [...pairs.values()].sort((x, y) => compareText(x.slug, y.slug));
}

/** Each profile's related pairs, indexed once so that every profile page does not scan all pairs. */
export function pairsBySlug<T extends Profile>(pairs: readonly RelatedPair<T>[]): Map<string, RelatedPair<T>[]> {
  const index = new Map<string, RelatedPair<T>[]>();
  for (const pair of pairs) {
    for (const slug of [pair.a.id, pair.b.id]) index.set(slug, [...(index.get(slug) ?? []), pair]);
  }
  return index;
}

/**
 * The "popular comparisons" rule, stated on /compare/: pairs whose profiles
 * list each other as alternatives come first, then pairs one of them lists,
 * then the rest; within each, by name.
 */
export function popularPairs<T extends Profile>(pairs: readonly RelatedPair<T>[], max = 12): RelatedPair<T>[] {
  const mutual = (p: RelatedPair<T>) =>
    Number(p.a.data.alternatives.includes(p.b.id)) + Number(p.b.data.alternatives.includes(p.a.id));
  return [...pairs].sort((x, y) => mutual(y) - mutual(x) || compareText(x.slug, y.slug)).slice(0, max);
}
