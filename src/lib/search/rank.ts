import type { FeatureKey } from '../../schemas/features';
import type { SupportLevel } from '../../schemas/support';
import { profileNamed, type ProfileName } from './names';
import { normalizeWords } from './synonyms';

/** What ranking needs to know about one result. */
export interface Rankable {
  title: string;
  /** The result's level for each feature (profiles only). */
  levels: Partial<Record<FeatureKey, SupportLevel>>;
}

const strength: Record<SupportLevel, number> = {
  'built-in': 3,
  'official-package': 2,
  'community-package': 1,
  none: 0,
  unknown: 0,
};

/** A title or query as the names it is made of: "rails vs django" and "Django vs Ruby on Rails" agree. */
function canonical(names: readonly ProfileName[], text: string): string {
  return normalizeWords(text)
    .split(/ (?:vs|versus) /)
    .map((side) => profileNamed(names, side)?.name.toLowerCase() ?? side)
    .sort()
    .join(' vs ');
}

/**
 * Reorders Pagefind's results: a result whose title the query names (a
 * profile by name or alias, a feature, a pair written "a vs b") comes first;
 * when the query names features, profiles are then ordered by how well they
 * support them, so prose saying a framework lacks a feature cannot lift it
 * above those that have it. Otherwise Pagefind's order stands (the sort is stable).
 */
export function rankResults<T extends Rankable>(
  results: readonly T[],
  query: string,
  named: readonly FeatureKey[],
  names: readonly ProfileName[],
): T[] {
  const wanted = canonical(names, query);
  const score = (r: T) => {
    const exact = canonical(names, r.title) === wanted ? 1000 : 0;
    return exact + named.reduce((sum, key) => sum + strength[r.levels[key] ?? 'unknown'], 0);
  };
  return results
    .map((r, i) => ({ r, i, s: score(r) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map(({ r }) => r);
}
