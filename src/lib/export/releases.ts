import { compareText } from '../sort';
import { releaseRowSchema, type ReleaseRow } from '../../schemas/release-export';
import { isoDate } from '../lifecycle/dates';
import { linePhase } from '../lifecycle/support';
import type { Profile } from '../profiles';
import { csvField } from './csv';

const day = (date: Date | undefined) => (date ? isoDate(date) : null);

/** One row per profile per release line, by slug then newest line first; status as of `today`. */
export function releaseRows(profiles: readonly Profile[], today: Date): ReleaseRow[] {
  return [...profiles]
    .sort((a, b) => compareText(a.id, b.id))
    .flatMap(({ id, data }) =>
      data.releaseLines.map((line, i) =>
        releaseRowSchema.parse({
          slug: id,
          name: data.name,
          cycle: line.cycle,
          released: day(line.released),
          lts: line.lts,
          bugfixUntil: day(line.bugfixUntil),
          securityUntil: day(line.securityUntil),
          latest: line.latest ?? null,
          latestDate: day(line.latestDate),
          requires: line.requires ?? null,
          status: linePhase(data.releaseLines, i, today),
          note: line.note ?? null,
          source: line.source,
        }),
      ),
    );
}

export const releaseCsvHeader = Object.keys(releaseRowSchema.shape) as (keyof ReleaseRow)[];

/** /data/releases.csv: the same rows, RFC 4180, CRLF line endings. */
export function releasesCsv(rows: readonly ReleaseRow[]): string {
  const lines = rows.map((row) => releaseCsvHeader.map((key) => csvField(String(row[key] ?? ''))).join(','));
  return [releaseCsvHeader.join(','), ...lines].join('\r\n') + '\r\n';
}
