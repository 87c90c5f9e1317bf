/**
 * How a profile supports a feature, from strongest to weakest.
 * `unknown` is what a missing statement means: it is never counted as support.
 * Kept apart from the statement schema so browser code can use the levels
 * without loading the validator library (which needs `eval`, refused by the CSP).
 */
export const supportLevels = ['built-in', 'official-package', 'community-package', 'none', 'unknown'] as const;

export type SupportLevel = (typeof supportLevels)[number];

/** Levels that point at a separate package, whose name the note must give. */
export const packageLevels: readonly SupportLevel[] = ['official-package', 'community-package'];
