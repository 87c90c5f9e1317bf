import type { FeatureKey } from '../../schemas/features';
import type { LanguageName } from '../../schemas/languages';
import type { Purpose } from './purposes';
import { readValues, valuesQuery, type Values } from './questions';

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
  /** Months of announced support a release line must have left; 0 is no requirement. */
  supportMonths: number;
}

/** Answers from raw values already limited to each question's options (src/lib/finder/questions.ts). */
function fromValues(v: Values): Answers {
  const must = v.must as FeatureKey[];
  return {
    languages: v.lang as LanguageName[],
    purpose: (v.build[0] || null) as Purpose | null,
    must,
    nice: (v.nice as FeatureKey[]).filter((k) => !must.includes(k)),
    style: v.style[0] as Style,
    typing: v.typing[0] as Typing,
    openSourceOnly: v.license[0] === 'open',
    noCodeOk: v.nocode[0] !== 'no',
    supportMonths: Number(v.support[0] || 0),
  };
}

const toValues = (a: Answers): Values => ({
  lang: a.languages,
  build: [a.purpose ?? ''],
  must: a.must,
  nice: a.nice,
  style: [a.style],
  typing: [a.typing],
  license: [a.openSourceOnly ? 'open' : 'any'],
  nocode: [a.noCodeOk ? 'yes' : 'no'],
  support: [a.supportMonths > 0 ? String(a.supportMonths) : ''],
});

/** Reads answers from the URL; unknown values are ignored, so an old link never breaks the page. */
export function parseAnswers(search: string): Answers {
  const params = new URLSearchParams(search);
  return fromValues(
    readValues((name) =>
      (params.get(name) ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  );
}

/** Reads answers from the finder's form: the checked inputs named after each question. */
export function readAnswers(form: FormData): Answers {
  return fromValues(readValues((name) => form.getAll(name).filter((v): v is string => typeof v === 'string')));
}

export const defaultAnswers: Answers = parseAnswers('');

/** The URL query for answers (without "?"); defaults are left out so links stay short. */
export const serializeAnswers = (a: Answers): string => valuesQuery(toValues(a));

/** True before the user has answered anything: the finder then asks instead of ranking. */
export const isUnanswered = (a: Answers): boolean => serializeAnswers(a) === '';
