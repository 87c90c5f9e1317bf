/**
 * The search facets. Each is a Pagefind filter name and a URL parameter;
 * `any` facets match a result with any ticked value (OR), `all` facets need
 * every ticked value (AND: "has all of these built in").
 */
export const facets = [
  { name: 'kind', label: 'Kind', short: 'kind', mode: 'any' },
  { name: 'language', label: 'Language', short: 'language', mode: 'any' },
  { name: 'license', label: 'License', short: 'license', mode: 'any' },
  { name: 'architecture', label: 'Architecture', short: 'architecture', mode: 'any' },
  { name: 'status', label: 'Status', short: 'status', mode: 'any' },
  { name: 'has', label: 'Has built in (all of)', short: 'built in', mode: 'all' },
  { name: 'offers', label: 'Built in or official package (all of)', short: 'built in or official', mode: 'all' },
] as const;

export type FacetName = (typeof facets)[number]['name'];
export type FacetMode = (typeof facets)[number]['mode'];
