import { features } from '../../schemas/features';
import type { KeyFact, PublishedProfile } from '../../schemas/published';

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A UTF-8 byte-order mark, so spreadsheet programs (Excel) read the file as UTF-8. */
export const BOM = '\uFEFF';

/** Rows as an RFC 4180 document: CRLF line endings, BOM first. */
function csv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const csvHeader = ['slug', 'name', 'feature', 'category', 'level', 'note', 'source'] as const;

/** /data/frameworks.csv: one row per profile × catalogue feature (long format), profiles in dataset order. */
export function frameworksCsv(profiles: readonly PublishedProfile[]): string {
  const rows = profiles.flatMap((p) =>
    features.map((f) => {
      const s = p.features[f.key];
      return [p.slug, p.name, f.key, f.category, s.level, s.note ?? '', s.source ?? ''];
    }),
  );
  return csv([[...csvHeader], ...rows]);
}

/** A published scalar or list as one cell: lists joined by "; ", absent as empty. */
function cell(value: unknown): string {
  if (Array.isArray(value)) return value.map(cell).join('; ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * /data/frameworks-wide.csv: one row per profile: slug, name, url, each key
 * fact as stored (a sourced fact's value, then its source as `<field>_source`),
 * the verification date, then one column per catalogue feature holding its level.
 */
export function frameworksWideCsv(profiles: readonly PublishedProfile[], keyFacts: readonly KeyFact[]): string {
  const header = [
    'slug',
    'name',
    'url',
    ...keyFacts.flatMap(({ key, sourced }) => (sourced ? [key, `${key}_source`] : [key])),
    'verified',
    ...features.map((f) => f.key),
  ];
  const rows = profiles.map((p) => {
    const values = new Map<string, unknown>(Object.entries(p));
    return [
      p.slug,
      p.name,
      p.url,
      ...keyFacts.flatMap(({ key, sourced }) => {
        const value = values.get(key);
        if (!sourced) return [cell(value)];
        const fact =
          typeof value === 'object' && value !== null && 'source' in value && 'value' in value ? value : null;
        return [cell(fact?.value), cell(fact?.source)];
      }),
      p.verified,
      ...features.map((f) => p.features[f.key].level),
    ];
  });
  return csv([header, ...rows]);
}
