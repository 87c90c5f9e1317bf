import type { ReleaseLine } from '../../schemas/releases';
import { formatMonth } from './dates';
import { supportedLines } from './support';
import { compareVersions } from './versions';

/**
 * The supported lines (on `at`) that lack a feature introduced in `version`:
 * a line has it when its latest version (or, unknown, its own number) is at
 * least `version`. Empty means "available on every supported line".
 */
export function linesWithout(version: string, lines: readonly ReleaseLine[], at: Date): ReleaseLine[] {
  return supportedLines(lines, at).filter((line) => compareVersions(line.latest ?? line.cycle, version) < 0);
}

/** Whether a feature since `version` is on every line supported on `at` (and at least one line is). */
export function onEverySupportedLine(version: string, lines: readonly ReleaseLine[], at: Date): boolean {
  return supportedLines(lines, at).length > 0 && linesWithout(version, lines, at).length === 0;
}

/** What a feature cell shows for `since`: "built in since 3.1 (August 2020)" and, derived, the supported lines' coverage. */
export function sinceSummary(
  since: { version: string; date?: Date | undefined },
  level: string,
  lines: readonly ReleaseLine[],
  at: Date,
): { text: string; coverage: string | undefined } {
  const how = level === 'built-in' ? 'built in' : 'available';
  const text = `${how} since ${since.version}${since.date ? ` (${formatMonth(since.date)})` : ''}`;
  if (supportedLines(lines, at).length === 0) return { text, coverage: undefined };
  const without = linesWithout(since.version, lines, at).map((l) => l.cycle);
  const coverage =
    without.length === 0 ? 'available on every supported line' : `not on supported line ${without.join(', ')}`;
  return { text, coverage };
}
