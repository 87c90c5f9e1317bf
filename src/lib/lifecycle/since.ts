import type { ReleaseLine } from '../../schemas/releases';
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
