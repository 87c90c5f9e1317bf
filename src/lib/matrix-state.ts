import { featureKeys, type FeatureKey } from '../schemas/features';
import { supportLevels, type SupportLevel } from '../schemas/support-levels';
import { compareText } from './sort';

/**
 * The feature matrix's view in its URL: row filters (`language`, `kind`), the
 * features shown as columns (`features=orm,csrf`; all when absent) and the row
 * order (`sort=total` or `sort=<feature key>`; by name when absent).
 */
export interface MatrixState {
  language: string;
  kind: string;
  /** Columns shown, in catalogue order; empty means every feature. */
  features: FeatureKey[];
  /** "name", "total" or a feature key. */
  sort: 'name' | 'total' | FeatureKey;
}

const isFeatureKey = (value: string): value is FeatureKey => (featureKeys as readonly string[]).includes(value);

export function parseMatrixState(search: string): MatrixState {
  const params = new URLSearchParams(search);
  const chosen = new Set((params.get('features') ?? '').split(',').filter(isFeatureKey));
  const sort = params.get('sort') ?? '';
  return {
    language: params.get('language') ?? '',
    kind: params.get('kind') ?? '',
    features: featureKeys.filter((key) => chosen.has(key)),
    sort: sort === 'total' || isFeatureKey(sort) ? sort : 'name',
  };
}

export function serializeMatrixState(state: MatrixState): string {
  const params = new URLSearchParams();
  if (state.language) params.set('language', state.language);
  if (state.kind) params.set('kind', state.kind);
  if (state.features.length > 0 && state.features.length < featureKeys.length)
    params.set('features', state.features.join(','));
  if (state.sort !== 'name') params.set('sort', state.sort);
  // Commas in the feature list stay readable in a shared link.
  return params.toString().replaceAll('%2C', ',');
}

/** A matrix row as the sort sees it: the profile's name and its level per feature. */
export interface MatrixRow {
  name: string;
  levels: Partial<Record<FeatureKey, SupportLevel>>;
}

/** How strong a level is: 0 for built-in, up to unknown last (the order of `supportLevels`). */
const strength = (level: SupportLevel | undefined) => supportLevels.indexOf(level ?? 'unknown');

/**
 * The sort rule stated on the page: by a feature, strongest level first (unknown last); by total, most features
 * built in or official first, then most community packages; ties and the default by name.
 */
export function sortRows<T extends MatrixRow>(rows: readonly T[], state: MatrixState): T[] {
  const shown = state.features.length > 0 ? state.features : featureKeys;
  const count = (row: MatrixRow, levels: SupportLevel[]) =>
    shown.filter((key) => levels.includes(row.levels[key] ?? 'unknown')).length;
  const byName = (a: T, b: T) => compareText(a.name, b.name);
  const { sort } = state;
  if (sort === 'name') return [...rows].sort(byName);
  if (sort === 'total')
    return [...rows].sort(
      (a, b) =>
        count(b, ['built-in', 'official-package']) - count(a, ['built-in', 'official-package']) ||
        count(b, ['community-package']) - count(a, ['community-package']) ||
        byName(a, b),
    );
  return [...rows].sort((a, b) => strength(a.levels[sort]) - strength(b.levels[sort]) || byName(a, b));
}
