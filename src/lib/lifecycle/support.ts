import type { ReleaseLine } from '../../schemas/releases';
import { startOfDay } from './dates';

/**
 * Where a line stands on a date: `active` (bug fixes), `security` (security
 * fixes only), `ended`, or `unstated` (an older line whose end the project has
 * not announced). The newest line without an announced end counts as active.
 */
export type LinePhase = 'active' | 'security' | 'ended' | 'unstated';

export const phaseLabels: Record<LinePhase, string> = {
  active: 'Supported',
  security: 'Security fixes only',
  ended: 'Ended',
  unstated: 'End not stated',
};

/** The last day of any support the line gets, when announced. */
export function supportEnd(line: ReleaseLine): Date | undefined {
  return line.securityUntil ?? line.bugfixUntil;
}

/** The phase of `lines[index]` on `at` (lines newest first, as the lint enforces). */
export function linePhase(lines: readonly ReleaseLine[], index: number, at: Date): LinePhase {
  const line = lines[index]!;
  const day = startOfDay(at);
  const end = supportEnd(line);
  if (end && day > end) return 'ended';
  if (line.bugfixUntil && day > line.bugfixUntil) return 'security';
  if (end) return 'active';
  return index === 0 ? 'active' : 'unstated';
}

export const isSupported = (phase: LinePhase) => phase === 'active' || phase === 'security';

/** The lines supported on `at`, newest first. */
export function supportedLines(lines: readonly ReleaseLine[], at: Date): ReleaseLine[] {
  return lines.filter((_, i) => isSupported(linePhase(lines, i, at)));
}

/** The newest line the project calls LTS that is still supported on `at`. */
export function newestSupportedLts(lines: readonly ReleaseLine[], at: Date): ReleaseLine | undefined {
  return supportedLines(lines, at).find((line) => line.lts);
}
