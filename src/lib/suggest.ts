import { compareText } from './sort';
/** Something a reader may be looking for, under its name, slug and aliases. */
export interface Candidate {
  slug: string;
  name: string;
  aliases?: readonly string[];
}

const normalize = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9#+]+/g, '');

/** Edit distance (insert, delete, substitute, swap two neighbours). */
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

/** How well a typed text fits one key: 0 exact, 1 prefix, 2 contained, 3 + edits for a near miss; undefined for none. */
function fit(typed: string, key: string): number | undefined {
  if (key === typed) return 0;
  if (key.startsWith(typed)) return 1;
  if (typed.length >= 3 && key.includes(typed)) return 2;
  // Tolerate about one typo per four characters, against the whole key or its start.
  const allowed = Math.max(1, Math.floor(typed.length / 4));
  const edits = Math.min(editDistance(typed, key), editDistance(typed, key.slice(0, typed.length)) + 1);
  return typed.length >= 3 && edits <= allowed ? 3 + edits : undefined;
}

/**
 * Candidates a typed text may mean, best first: exact names, slugs and
 * aliases, then prefixes, then contained text, then near misses (typos);
 * ties by name. Case, spaces and punctuation are ignored.
 */
export function suggest<T extends Candidate>(typed: string, candidates: readonly T[], max = 6): T[] {
  const wanted = normalize(typed);
  if (!wanted) return [];
  return candidates
    .flatMap((c) => {
      const fits = [c.name, c.slug, ...(c.aliases ?? [])]
        .map((k) => fit(wanted, normalize(k)))
        .filter((f): f is number => f !== undefined);
      return fits.length > 0 ? [{ c, score: Math.min(...fits) }] : [];
    })
    .sort((x, y) => x.score - y.score || compareText(x.c.name, y.c.name))
    .slice(0, max)
    .map((x) => x.c);
}

/** The one candidate a typed text names exactly (name, slug or alias), if any. */
export function exactMatch<T extends Candidate>(typed: string, candidates: readonly T[]): T | undefined {
  const wanted = normalize(typed);
  return candidates.find((c) => [c.name, c.slug, ...(c.aliases ?? [])].some((k) => normalize(k) === wanted));
}
