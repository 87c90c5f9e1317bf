import type { PublishedProfile } from '../../schemas/published';
import type { CompareCell } from './table';

type PublishedLine = PublishedProfile['releaseLines'][number];

const none: CompareCell = { text: '—' };

/** The newest line's latest version and its date, e.g. "6.1.2 (2026-10-01)". */
function latestCell(lines: readonly PublishedLine[]): CompareCell {
  const line = lines.find((l) => l.latest !== undefined);
  if (!line?.latest) return none;
  return { text: line.latestDate ? `${line.latest} (${line.latestDate})` : line.latest, source: line.source };
}

/**
 * The newest line the project calls LTS and the end of its security support,
 * e.g. "5.2, security fixes until 2028-04-30". The date is shown rather than a
 * phase, so the cell reads the same on a pair page built earlier and in the
 * browser today.
 */
function ltsCell(lines: readonly PublishedLine[]): CompareCell {
  const line = lines.find((l) => l.lts);
  if (!line) return lines.length > 0 ? { text: 'no LTS line' } : none;
  const end = line.securityUntil ?? line.bugfixUntil;
  return {
    text: end ? `${line.cycle}, security fixes until ${end}` : `${line.cycle}, end not announced`,
    source: line.source,
  };
}

/** Compare rows from the release lines (lines newest first, as the lint enforces): latest version, newest LTS line. */
export function releaseRowCells(
  profiles: readonly PublishedProfile[],
): { id: string; label: string; cells: CompareCell[] }[] {
  return [
    { id: 'release-latest', label: 'Latest version', cells: profiles.map((p) => latestCell(p.releaseLines)) },
    { id: 'release-lts', label: 'Newest LTS line', cells: profiles.map((p) => ltsCell(p.releaseLines)) },
  ];
}
