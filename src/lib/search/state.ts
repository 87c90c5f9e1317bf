import { featureKeys, type FeatureKey } from '../../schemas/features';
import { facets, type FacetName } from './facets';
import { defaultFeatureLevel, isFeatureLevel, type FeatureLevel } from './levels';

/** A ticked feature and the minimum level it asks for. */
export interface FeatureChoice {
  key: FeatureKey;
  level: FeatureLevel;
}

/**
 * Everything a search shows, as kept in the URL:
 * `?q=realtime&language=Go&feature=websockets:built-in,orm` (a feature without
 * a level asks for the default, "built in or official package").
 */
export interface SearchState {
  query: string;
  filters: Record<FacetName, string[]>;
  /** Ticked features in the order they were ticked; each key at most once. */
  features: FeatureChoice[];
}

export function emptyState(): SearchState {
  return {
    query: '',
    filters: Object.fromEntries(facets.map((f) => [f.name, []])) as unknown as SearchState['filters'],
    features: [],
  };
}

const isFeatureKey = (value: string): value is FeatureKey => (featureKeys as readonly string[]).includes(value);

/** Comma-separated values of a parameter, repeated parameters joined, trimmed, without empties and repeats. */
function listParam(params: URLSearchParams, name: string): string[] {
  const values = params.getAll(name).flatMap((v) => v.split(','));
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

/**
 * The ticked features of a URL. `feature=key[:level]` is today's form; links
 * shared before it used `has=` (built in) and `offers=` (built in or official
 * package), read here as the same search. A key named twice keeps its first level.
 */
function parseFeatures(params: URLSearchParams): FeatureChoice[] {
  const written = [
    ...listParam(params, 'feature').map((token) => {
      const [key = '', level = ''] = token.split(':');
      return { key, level: isFeatureLevel(level) ? level : defaultFeatureLevel };
    }),
    ...listParam(params, 'has').map((key) => ({ key, level: 'built-in' as const })),
    ...listParam(params, 'offers').map((key) => ({ key, level: 'official' as const })),
  ];
  const chosen: FeatureChoice[] = [];
  for (const { key, level } of written) {
    if (isFeatureKey(key) && !chosen.some((c) => c.key === key)) chosen.push({ key, level });
  }
  return chosen;
}

/** Reads a state from a URL query string; unknown parameters, features and levels are ignored. */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.query = (params.get('q') ?? '').trim();
  for (const { name } of facets) state.filters[name] = listParam(params, name);
  state.features = parseFeatures(params);
  return state;
}

/** The query string for a state (without "?"), in a stable parameter order; empty parts are left out. */
export function serializeState(state: SearchState): string {
  const parts: string[] = [];
  if (state.query) parts.push(`q=${encodeURIComponent(state.query)}`);
  for (const { name } of facets) {
    const values = state.filters[name];
    if (values.length > 0) parts.push(`${name}=${values.map(encodeURIComponent).join(',')}`);
  }
  if (state.features.length > 0) {
    const tokens = state.features.map(({ key, level }) => (level === defaultFeatureLevel ? key : `${key}:${level}`));
    parts.push(`feature=${tokens.join(',')}`);
  }
  return parts.join('&');
}

/** How many filters are ticked (the "Filters (n)" button). */
export function activeFilterCount(state: SearchState): number {
  return facets.reduce((sum, { name }) => sum + state.filters[name].length, state.features.length);
}

/** True when the state asks for nothing: no words, no ticked filter. */
export function isEmptyState(state: SearchState): boolean {
  return !state.query && activeFilterCount(state) === 0;
}

/** A copy of the state with one facet value ticked or unticked. */
export function toggleFilter(state: SearchState, facet: FacetName, value: string, on: boolean): SearchState {
  const current = state.filters[facet].filter((v) => v !== value);
  return { ...state, filters: { ...state.filters, [facet]: on ? [...current, value] : current } };
}

/** A copy of the state with a feature ticked (at `level`, or its current level) or unticked. */
export function toggleFeature(state: SearchState, key: FeatureKey, on: boolean, level?: FeatureLevel): SearchState {
  const existing = state.features.find((c) => c.key === key);
  if (!on) return { ...state, features: state.features.filter((c) => c.key !== key) };
  const chosen = { key, level: level ?? existing?.level ?? defaultFeatureLevel };
  return {
    ...state,
    features: existing ? state.features.map((c) => (c.key === key ? chosen : c)) : [...state.features, chosen],
  };
}
