import type { SupportLevel } from '../../schemas/support-levels';

/**
 * The minimum support level a ticked feature asks for. Each accepts a set of
 * profile levels; the sets are nested (built-in ⊂ official ⊂ any), which is
 * what makes "lower the level" always widen a search.
 */
export const featureLevels = [
  { key: 'built-in', label: 'Built in', accepts: ['built-in'] },
  { key: 'official', label: 'Built in or official package', accepts: ['built-in', 'official-package'] },
  {
    key: 'any',
    label: 'Any package (built in, official or community)',
    accepts: ['built-in', 'official-package', 'community-package'],
  },
] as const satisfies readonly { key: string; label: string; accepts: readonly SupportLevel[] }[];

export type FeatureLevel = (typeof featureLevels)[number]['key'];

/** What a ticked feature asks for unless the URL says otherwise. */
export const defaultFeatureLevel: FeatureLevel = 'official';

const levelKeys: readonly string[] = featureLevels.map((l) => l.key);

export function isFeatureLevel(value: string): value is FeatureLevel {
  return levelKeys.includes(value);
}

export function featureLevelLabel(level: FeatureLevel): string {
  return featureLevels.find((l) => l.key === level)!.label;
}

/** The minimum levels a profile's support meets, strictest first (none for `none` or `unknown`). */
export function levelsMet(level: SupportLevel): FeatureLevel[] {
  return featureLevels.filter((l) => (l.accepts as readonly SupportLevel[]).includes(level)).map((l) => l.key);
}

/** The levels below `level` (wider searches), nearest first. */
export function lowerLevels(level: FeatureLevel): FeatureLevel[] {
  return featureLevels.slice(levelKeys.indexOf(level) + 1).map((l) => l.key);
}

/** The Pagefind filter value meaning "feature `key` at least at `level`": `websockets:built-in`. */
export function featureFilterValue(key: string, level: FeatureLevel): string {
  return `${key}:${level}`;
}
