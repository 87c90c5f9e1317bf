import { belongsToCycle, compareVersions } from '../../src/lib/lifecycle/versions';
import type { ReleaseLine } from '../../src/schemas/releases';

export type Drift =
  | { kind: 'current'; latest: string }
  | { kind: 'behind'; latest: string; recorded: string; cycle: string }
  | { kind: 'new-line'; latest: string; newest: string | undefined };

/**
 * How a registry's latest version compares with a profile's release lines:
 * current, a newer version of a recorded line, or a line not recorded at all.
 */
export function versionDrift(latest: string, lines: readonly ReleaseLine[]): Drift {
  const line = lines.find((l) => belongsToCycle(latest, l.cycle));
  if (!line) {
    if (lines.some((l) => compareVersions(l.latest ?? l.cycle, latest) >= 0)) return { kind: 'current', latest };
    return { kind: 'new-line', latest, newest: lines[0]?.cycle };
  }
  if (line.latest && compareVersions(latest, line.latest) > 0) {
    return { kind: 'behind', latest, recorded: line.latest, cycle: line.cycle };
  }
  return { kind: 'current', latest };
}

/** One report line per profile. */
export function driftLine(slug: string, pkg: string, drift: Drift): string {
  switch (drift.kind) {
    case 'current':
      return `${slug} (${pkg}): up to date (${drift.latest})`;
    case 'behind':
      return `${slug} (${pkg}): BEHIND: registry has ${drift.latest}, line ${drift.cycle} records ${drift.recorded}`;
    case 'new-line':
      return `${slug} (${pkg}): NEW LINE: registry has ${drift.latest}, newest recorded line is ${drift.newest ?? 'none'}`;
  }
}
