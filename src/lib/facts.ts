import { licenseLabel } from './license';
import { languagePath } from './paths';
import { languageSlug } from './profiles';
import type { KeyFact, PublishedProfile } from '../schemas/published';
import { architectures, hostingModels, statuses } from '../schemas/taxonomy';
import type { LanguageName } from '../schemas/languages';

/** One row of a profile's key facts: a label, a value, and where it was read. */
export interface FactRow {
  /** Stable anchor id, e.g. `fact-license`. */
  id: string;
  /** Published field name, e.g. `license`. */
  key: string;
  label: string;
  /** Text value, or links (languages). */
  value: string | { text: string; path: string }[];
  /** External link shown as the value (website, repository). */
  href?: string;
  source?: string;
  note?: string;
}

interface Sourced {
  value: unknown;
  source: string;
  note?: string | undefined;
}

const isSourced = (v: unknown): v is Sourced => typeof v === 'object' && v !== null && 'value' in v && 'source' in v;
const textOf = (v: unknown): string => (Array.isArray(v) ? v.map(textOf).join(', ') : String(v));

/** Display text for the facts whose stored value is a key; any other fact shows its value as written. */
const displays: Record<string, (value: string) => string> = {
  kind: (v) => (v === 'framework' ? 'Framework' : 'Platform'),
  license: licenseLabel,
  status: (v) => statuses[v as keyof typeof statuses]?.label ?? v,
  architecture: (v) => architectures[v as keyof typeof architectures]?.label ?? v,
  hosting: (v) => hostingModels[v as keyof typeof hostingModels]?.label ?? v,
};

/** A profile's languages link to their language pages. */
const linked = new Set(['languages']);

/**
 * The key facts of a published profile in display order, each with its
 * source; facts the profile does not have (null, empty) are left out. The
 * same rows serve the profile page, the compare table and the wide CSV.
 */
export function factRows(record: PublishedProfile, facts: readonly KeyFact[]): FactRow[] {
  const values = new Map<string, unknown>(Object.entries(record));
  return facts.flatMap(({ key, id, label }) => {
    const stored = values.get(key);
    if (stored === null || stored === undefined || (Array.isArray(stored) && stored.length === 0)) return [];
    const fact = isSourced(stored) ? stored : { value: stored };
    const display = displays[key];
    const row: FactRow = { id, key, label, value: display ? display(textOf(fact.value)) : textOf(fact.value) };
    if (linked.has(key) && Array.isArray(fact.value)) {
      row.value = fact.value.map((name: LanguageName) => ({ text: name, path: languagePath(languageSlug(name)) }));
    }
    if (typeof fact.value === 'string' && fact.value.startsWith('https://')) row.href = fact.value;
    if ('source' in fact) row.source = fact.source;
    if ('note' in fact && fact.note !== undefined) row.note = fact.note;
    return [row];
  });
}
