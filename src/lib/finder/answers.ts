import { featureKeys, type FeatureKey } from '../../schemas/features';
import { languageNames, type LanguageName } from '../../schemas/languages';

/** What the user is building; each adds the features such a project leans on as nice-to-haves. */
export const purposes = {
  api: { label: 'A JSON API', features: ['rest-serialization', 'validation', 'openapi'] },
  web: { label: 'A server-rendered web app', features: ['templating', 'output-escaping', 'csrf', 'authentication'] },
  realtime: { label: 'A realtime app', features: ['websockets', 'async-io'] },
  prototype: { label: 'A prototype or internal tool', features: ['admin-ui', 'cli', 'orm'] },
} as const satisfies Record<string, { label: string; features: readonly FeatureKey[] }>;

export type Purpose = keyof typeof purposes;
export type Style = 'full' | 'minimal' | 'any';
export type Typing = 'required' | 'preferred' | 'any';

export interface Answers {
  /** Languages the user can use; empty means no preference. */
  languages: LanguageName[];
  purpose: Purpose | null;
  must: FeatureKey[];
  nice: FeatureKey[];
  style: Style;
  typing: Typing;
  /** True when only open-source licenses are acceptable. */
  openSourceOnly: boolean;
  /** True when no-code / backend-as-a-service platforms are acceptable. */
  noCodeOk: boolean;
}

export const defaultAnswers: Answers = {
  languages: [],
  purpose: null,
  must: [],
  nice: [],
  style: 'any',
  typing: 'any',
  openSourceOnly: false,
  noCodeOk: true,
};

const list = (params: URLSearchParams, key: string) =>
  (params.get(key) ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** Reads answers from the URL; unknown values are ignored, so an old link never breaks the page. */
export function parseAnswers(search: string): Answers {
  const params = new URLSearchParams(search);
  const build = params.get('build');
  const features = (key: string) =>
    list(params, key).filter((k): k is FeatureKey => (featureKeys as string[]).includes(k));
  const must = [...new Set(features('must'))];
  return {
    languages: [
      ...new Set(list(params, 'lang').filter((l): l is LanguageName => (languageNames as string[]).includes(l))),
    ],
    purpose: build !== null && build in purposes ? (build as Purpose) : null,
    must,
    nice: [...new Set(features('nice'))].filter((k) => !must.includes(k)),
    style: oneOf<Style>(params.get('style'), ['full', 'minimal', 'any'], 'any'),
    typing: oneOf<Typing>(params.get('typing'), ['required', 'preferred', 'any'], 'any'),
    openSourceOnly: params.get('license') === 'open',
    noCodeOk: params.get('nocode') !== 'no',
  };
}

/** The URL query for answers (without "?"); defaults are left out so links stay short. */
export function serializeAnswers(a: Answers): string {
  const params: string[] = [];
  if (a.languages.length) params.push(`lang=${a.languages.map(encodeURIComponent).join(',')}`);
  if (a.purpose) params.push(`build=${a.purpose}`);
  if (a.must.length) params.push(`must=${a.must.join(',')}`);
  if (a.nice.length) params.push(`nice=${a.nice.join(',')}`);
  if (a.style !== 'any') params.push(`style=${a.style}`);
  if (a.typing !== 'any') params.push(`typing=${a.typing}`);
  if (a.openSourceOnly) params.push('license=open');
  if (!a.noCodeOk) params.push('nocode=no');
  return params.join('&');
}
