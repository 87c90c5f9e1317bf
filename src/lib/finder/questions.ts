import { features } from '../../schemas/features';
import { languageNames } from '../../schemas/languages';
import { purposes } from './purposes';

export interface Option {
  value: string;
  label: string;
}

/** One question of the finder: its URL parameter and form field name, its legend, and its options. */
export interface Question {
  name: 'lang' | 'build' | 'must' | 'nice' | 'style' | 'typing' | 'license' | 'nocode' | 'support';
  legend: string;
  /** `many`: checkboxes, the URL holds a comma list; `one`: radios, the default is left out of the URL. */
  pick: 'many' | 'one';
  options: readonly Option[];
  /** For `one`: the value when the URL says nothing. */
  fallback?: string;
}

const featureOptions = features.map((f) => ({ value: f.key, label: f.name }));

/**
 * The finder's questions, in page order. The page, URL parsing, serialising
 * and form reading all walk this table; parameter names and values are those
 * of the first finder, so old links keep working.
 */
export const questions: readonly Question[] = [
  {
    name: 'lang',
    legend: 'Which languages can you use? (none ticked: no preference)',
    pick: 'many',
    options: languageNames.map((l) => ({ value: l, label: l })),
  },
  {
    name: 'build',
    legend: 'What are you building?',
    pick: 'one',
    options: [
      { value: '', label: 'Not sure yet' },
      ...Object.entries(purposes).map(([value, p]) => ({ value, label: p.label })),
    ],
    fallback: '',
  },
  { name: 'must', legend: 'Must have built in', pick: 'many', options: featureOptions },
  { name: 'nice', legend: 'Nice to have', pick: 'many', options: featureOptions },
  {
    name: 'style',
    legend: 'Batteries included, or a minimal core?',
    pick: 'one',
    options: [
      { value: 'any', label: 'No preference' },
      { value: 'full', label: 'Batteries included (full-stack)' },
      { value: 'minimal', label: 'A minimal core I extend' },
    ],
    fallback: 'any',
  },
  {
    name: 'typing',
    legend: 'Static typing',
    pick: 'one',
    options: [
      { value: 'any', label: 'No preference' },
      { value: 'preferred', label: 'Preferred' },
      { value: 'required', label: 'Required' },
    ],
    fallback: 'any',
  },
  {
    name: 'license',
    legend: 'License',
    pick: 'one',
    options: [
      { value: 'any', label: 'Any license, proprietary platforms too' },
      { value: 'open', label: 'Open source only' },
    ],
    fallback: 'any',
  },
  {
    name: 'nocode',
    legend: 'Are no-code platforms acceptable?',
    pick: 'one',
    options: [
      { value: 'yes', label: 'Yes, no-code and backend-as-a-service platforms are fine' },
      { value: 'no', label: 'No, frameworks only' },
    ],
    fallback: 'yes',
  },
  {
    name: 'support',
    legend: 'How long must the release line you start on stay supported?',
    pick: 'one',
    options: [
      { value: '', label: 'No requirement' },
      { value: '6', label: 'At least 6 more months' },
      { value: '12', label: 'At least 12 more months' },
      { value: '24', label: 'At least 24 more months' },
    ],
    fallback: '',
  },
];

/** Raw answers by question name: the ticked values, in the options' order. */
export type Values = Record<Question['name'], string[]>;

/** Keeps the values a question offers (in its order, once each); a `one` question keeps one, or its fallback. */
function clean(q: Question, given: readonly string[]): string[] {
  const kept = q.options.map((o) => o.value).filter((v) => given.includes(v));
  if (q.pick === 'many') return kept;
  return [kept[0] ?? q.fallback ?? ''];
}

/** Reads raw answers from any source of name → values (URL parameters, a form). */
export function readValues(get: (name: string) => readonly string[]): Values {
  return Object.fromEntries(questions.map((q) => [q.name, clean(q, get(q.name))])) as Values;
}

/** The query string (without "?") for raw answers; fallbacks and empty lists are left out so links stay short. */
export function valuesQuery(values: Values): string {
  return questions
    .flatMap((q) => {
      const v = values[q.name].filter(Boolean);
      if (v.length === 0 || (q.pick === 'one' && v[0] === q.fallback)) return [];
      return [`${q.name}=${v.map(encodeURIComponent).join(',')}`];
    })
    .join('&');
}
