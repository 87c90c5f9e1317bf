/**
 * The search facets that OR their values ("Go or Rust"). Each is a Pagefind
 * filter name and a URL parameter. Features are not among them: they AND, and
 * each carries a minimum level (see `levels.ts` and `SearchState.features`).
 */
export const facets = [
  { name: 'kind', label: 'Kind', short: 'kind' },
  { name: 'language', label: 'Language', short: 'language' },
  // Platforms have no language of their own; these say which languages their SDKs and functions use.
  { name: 'sdk', label: 'Platform SDK language', short: 'platform SDK' },
  { name: 'functions', label: 'Platform function language', short: 'platform functions' },
  { name: 'license', label: 'License', short: 'license' },
  { name: 'architecture', label: 'Architecture', short: 'architecture' },
  { name: 'status', label: 'Status', short: 'status' },
  // A release line the project calls LTS that is still supported on the build day.
  { name: 'lts', label: 'Long-term support', short: 'LTS' },
] as const;

export type FacetName = (typeof facets)[number]['name'];

/** The Pagefind filter holding each profile's features at each level they meet (`websockets:official`). */
export const FEATURE_FILTER = 'feature';
