import type { ReleaseLine } from '../../schemas/releases';
import { isoDate } from './dates';
import { linePhase, type LinePhase } from './support';

/** A stretch of a line's bar: bug-fix support, security-only support, or support with no announced end. */
export interface TimelineSegment {
  kind: 'active' | 'security' | 'open';
  x: number;
  width: number;
}

export interface TimelineRow {
  cycle: string;
  phase: LinePhase;
  y: number;
  /** The line began before the drawn window. */
  clipped: boolean;
  segments: TimelineSegment[];
}

export interface Timeline {
  width: number;
  height: number;
  /** Left edge of the bars (labels sit to its left). */
  plotX: number;
  rowHeight: number;
  ticks: { x: number; year: number }[];
  today: { x: number; label: string };
  rows: TimelineRow[];
}

const YEAR_MS = 365.25 * 86_400_000;

/**
 * Geometry of the release-line timeline: one row per line that has a first
 * release date, newest on top, from at most `yearsBack` before today to one
 * year past the last announced end. Open-ended support runs to the right edge.
 */
export function timelineGeometry(
  lines: readonly ReleaseLine[],
  today: Date,
  { width = 720, rowHeight = 28, plotX = 64, yearsBack = 6 } = {},
): Timeline | undefined {
  const drawn = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.released);
  if (drawn.length === 0) return undefined;
  const earliest = Math.min(...drawn.map(({ line }) => line.released!.getTime()));
  const ends = drawn.flatMap(({ line }) => [line.bugfixUntil, line.securityUntil]).filter((d) => d !== undefined);
  const start = Math.max(earliest, today.getTime() - yearsBack * YEAR_MS);
  const lastEnd = Math.max(today.getTime(), ...ends.map((d) => d.getTime()));
  const end = lastEnd + YEAR_MS / 2;
  const span = end - start;
  const x = (t: number) => plotX + ((Math.min(Math.max(t, start), end) - start) / span) * (width - plotX - 8);
  const top = 8;
  const rows = drawn.map(({ line, index }, i): TimelineRow => {
    const from = line.released!.getTime();
    const bugfix = line.bugfixUntil?.getTime();
    const security = line.securityUntil?.getTime();
    const segments: TimelineSegment[] = [];
    const push = (kind: TimelineSegment['kind'], a: number, b: number) => {
      if (b > a) segments.push({ kind, x: x(a), width: Math.max(x(b) - x(a), 1) });
    };
    if (bugfix !== undefined) push('active', from, bugfix);
    if (security !== undefined) push('security', bugfix ?? from, security);
    if (bugfix === undefined && security === undefined) push('open', from, end);
    return {
      cycle: line.cycle,
      phase: linePhase(lines, index, today),
      y: top + i * rowHeight,
      clipped: from < start,
      segments,
    };
  });
  const ticks: Timeline['ticks'] = [];
  for (let year = new Date(start).getUTCFullYear() + 1; Date.UTC(year, 0, 1) <= end; year++) {
    ticks.push({ x: x(Date.UTC(year, 0, 1)), year });
  }
  return {
    width,
    height: top + rows.length * rowHeight + 24,
    plotX,
    rowHeight,
    ticks,
    today: { x: x(today.getTime()), label: `Today, ${isoDate(today)}` },
    rows,
  };
}
