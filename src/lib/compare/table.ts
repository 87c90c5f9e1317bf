import { factRows } from '../facts';
import { categories, features } from '../../schemas/features';
import type { ProfileData } from '../../schemas/profile';
import type { SupportLevel } from '../../schemas/support';
import { statementFor } from '../support';

export interface CompareCell {
  text: string;
  level?: SupportLevel;
  note?: string;
  source?: string;
}

export interface CompareRow {
  /** Stable anchor: `fact-license`, `feature-orm`. */
  id: string;
  label: string;
  /** Feature key, for a link to `/features/<key>/`. */
  feature?: string;
  cells: CompareCell[];
  /** True when the profiles do not all have the same value or level. */
  differs: boolean;
}

export interface CompareGroup {
  id: string;
  name: string;
  rows: CompareRow[];
}

const sameness = (cell: CompareCell) => cell.level ?? cell.text;

function row(id: string, label: string, cells: CompareCell[], feature?: string): CompareRow {
  const differs = new Set(cells.map(sameness)).size > 1;
  return feature ? { id, label, feature, cells, differs } : { id, label, cells, differs };
}

function factCell(data: ProfileData, id: string): CompareCell {
  const fact = factRows(data).find((r) => r.id === id);
  if (!fact) return { text: '—' };
  const text = typeof fact.value === 'string' ? fact.value : fact.value.map((v) => v.text).join(', ');
  return { text, ...(fact.source ? { source: fact.source } : {}), ...(fact.note ? { note: fact.note } : {}) };
}

const factIds: [string, string][] = [
  ['fact-kind', 'Kind'],
  ['fact-languages', 'Languages'],
  ['fact-runtime', 'Runtime'],
  ['fact-hosting', 'Hosting'],
  ['fact-sdk-languages', 'SDK languages'],
  ['fact-function-languages', 'Function languages'],
  ['fact-license', 'License'],
  ['fact-first-release', 'First release'],
  ['fact-status', 'Status'],
  ['fact-architecture', 'Architecture'],
  ['fact-maintainer', 'Maintainer'],
];

/**
 * The side-by-side table for 2–4 profiles: facts first, then every feature by
 * category, each row marked when the profiles differ. Pure, so pair pages
 * (rendered at build time) and the compare builder (in the browser) agree.
 */
export function compareGroups(profiles: readonly ProfileData[]): CompareGroup[] {
  const facts = factIds
    .map(([id, label]) =>
      row(
        id,
        label,
        profiles.map((p) => factCell(p, id)),
      ),
    )
    .filter((r) => r.cells.some((c) => c.text !== '—'));
  return [
    { id: 'facts', name: 'Key facts', rows: facts },
    ...categories.map((category) => ({
      id: category.key,
      name: category.name,
      rows: features
        .filter((f) => f.category === category.key)
        .map((f) =>
          row(
            `feature-${f.key}`,
            f.name,
            profiles.map((p) => {
              const s = statementFor(p, f.key);
              return {
                text: s.level,
                level: s.level,
                ...(s.note ? { note: s.note } : {}),
                ...(s.source ? { source: s.source } : {}),
              };
            }),
            f.key,
          ),
        ),
    })),
  ];
}
