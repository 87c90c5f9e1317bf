import { factRows } from '../facts';
import { categories, features } from '../../schemas/features';
import type { KeyFact, PublishedProfile } from '../../schemas/published';
import type { SupportLevel } from '../../schemas/support-levels';
import { releaseRowCells } from './release-rows';

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

/**
 * The side-by-side table for 2–4 profiles: facts first, then versions and
 * support (when any profile records release lines), then every feature by
 * category, each row marked when the profiles differ. It reads published
 * records (/data/frameworks.json) and the dataset's list of key facts, so pair
 * pages (rendered at build time) and the compare builder (in the browser) agree.
 */
export function compareGroups(profiles: readonly PublishedProfile[], keyFacts: readonly KeyFact[]): CompareGroup[] {
  const rowsOf = profiles.map((p) => factRows(p, keyFacts));
  const facts = keyFacts
    .filter((fact) => fact.compare)
    .map(({ id, label }) =>
      row(
        id,
        label,
        rowsOf.map((rows) => {
          const fact = rows.find((r) => r.id === id);
          if (!fact) return { text: '—' };
          const text = typeof fact.value === 'string' ? fact.value : fact.value.map((v) => v.text).join(', ');
          return { text, ...(fact.source ? { source: fact.source } : {}), ...(fact.note ? { note: fact.note } : {}) };
        }),
      ),
    )
    .filter((r) => r.cells.some((c) => c.text !== '—'));
  const versions = releaseRowCells(profiles)
    .filter((r) => r.cells.some((c) => c.text !== '—'))
    .map((r) => row(r.id, r.label, r.cells));
  return [
    { id: 'facts', name: 'Key facts', rows: facts },
    ...(versions.length > 0 ? [{ id: 'versions', name: 'Versions and support', rows: versions }] : []),
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
              const s = p.features[f.key];
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
