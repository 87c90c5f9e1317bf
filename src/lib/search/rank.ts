import { profileNamed, type ProfileName } from './names';
import { normalizeWords } from './synonyms';

/** What ranking knows about one result. */
export interface Rankable {
  /** The page title, when its data is loaded (only the first results' is, before ranking). */
  title: string | undefined;
  /** How many of the named features' minimum levels the result meets (0–3 each): support data, not prose. */
  strength: number;
}

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
 * then, when the query names features, results by how well they support
 * them, so prose saying a framework lacks a feature cannot lift it above
 * those that have it. Otherwise Pagefind's order stands (the sort is stable).
 */
export function rankResults<T extends Rankable>(
  results: readonly T[],
  query: string,
  names: readonly ProfileName[],
): T[] {
  const wanted = canonical(names, query);
  const score = (r: T) => (r.title !== undefined && canonical(names, r.title) === wanted ? 1000 : 0) + r.strength;
  return results
    .map((r, i) => ({ r, i, s: score(r) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map(({ r }) => r);
}
