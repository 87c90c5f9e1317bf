import { features, type FeatureKey } from '../../schemas/features';

/**
 * Words people search with, and the catalogue feature each means. A query that
 * contains one is searched with the feature's own name, the words the profiles
 * are indexed under. Listed on /about/#search-synonyms. Lower case; longer phrases are
 * tried first, so "job queue" wins over "queue".
 */
export const synonyms: readonly { words: string; feature: FeatureKey }[] = [
  { words: 'admin panel', feature: 'admin-ui' },
  { words: 'admin dashboard', feature: 'admin-ui' },
  { words: 'back office', feature: 'admin-ui' },
  { words: 'realtime', feature: 'websockets' },
  { words: 'real-time', feature: 'websockets' },
  { words: 'websocket', feature: 'websockets' },
  { words: 'swagger', feature: 'openapi' },
  { words: 'api docs', feature: 'openapi' },
  { words: 'job queue', feature: 'background-jobs' },
  { words: 'queue', feature: 'background-jobs' },
  { words: 'queues', feature: 'background-jobs' },
  { words: 'workers', feature: 'background-jobs' },
  { words: 'cron', feature: 'scheduling' },
  { words: 'login', feature: 'authentication' },
  { words: 'jwt', feature: 'authentication' },
  { words: 'permissions', feature: 'authorization' },
  { words: 'rbac', feature: 'authorization' },
  { words: 'translations', feature: 'i18n' },
  { words: 'localization', feature: 'i18n' },
  { words: 'localisation', feature: 'i18n' },
  { words: 'throttling', feature: 'rate-limiting' },
  { words: 'live reload', feature: 'hot-reload' },
  { words: 'scaffolding', feature: 'cli' },
  { words: 'xss', feature: 'output-escaping' },
  { words: 'serializers', feature: 'rest-serialization' },
  { words: 'ioc container', feature: 'dependency-injection' },
];

const featureName = (key: FeatureKey) => features.find((f) => f.key === key)!.name;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = [...synonyms].sort((a, b) => b.words.length - a.words.length);

/** A query with its synonyms replaced by feature names, and which replacements were made. */
export interface ExpandedQuery {
  term: string;
  replaced: { words: string; feature: FeatureKey; name: string }[];
}

/** Replaces each synonym (whole words, any case) by its feature's name. */
export function expandSynonyms(query: string): ExpandedQuery {
  let term = query;
  const replaced: ExpandedQuery['replaced'] = [];
  for (const { words, feature } of longestFirst) {
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}-])${escape(words)}(?=$|[^\\p{L}\\p{N}-])`, 'iu');
    if (!pattern.test(term)) continue;
    const name = featureName(feature);
    term = term.replace(pattern, (_match, before: string) => `${before}${name}`);
    replaced.push({ words, feature, name });
  }
  return { term, replaced };
}

/** Lower-case words without punctuation, for comparing a query with names. */
export function normalizeWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#+]+/gu, ' ')
    .trim();
}

/** The features a (synonym-expanded) query names outright: "websockets", "ORM", "Admin interface". */
export function featuresNamed(term: string): FeatureKey[] {
  const words = ` ${normalizeWords(term)} `;
  return features
    .filter((f) => [f.name, f.key].some((label) => words.includes(` ${normalizeWords(label)} `)))
    .map((f) => f.key);
}
