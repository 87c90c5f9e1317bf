import { features } from '../../schemas/features';
import type { Profile } from '../profiles';
import { statementFor } from '../support';
import { compareText } from '../sort';

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const csvHeader = ['slug', 'name', 'feature', 'category', 'level', 'note', 'source'] as const;

/** /data/frameworks.csv: one row per profile × catalogue feature, CRLF line endings (RFC 4180). */
export function frameworksCsv(profiles: readonly Profile[]): string {
  const rows = [...profiles]
    .sort((a, b) => compareText(a.id, b.id))
    .flatMap(({ id, data }) =>
      features.map((f) => {
        const s = statementFor(data, f.key);
        return [id, data.name, f.key, f.category, s.level, s.note ?? '', s.source ?? ''];
      }),
    );
  return [[...csvHeader], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
