import { features, type FeatureKey } from '../../schemas/features';
import type { SupportLevel } from '../../schemas/support-levels';
import type { ReleaseLine } from '../../schemas/releases';
import { supportEnd, supportedLines } from '../lifecycle/support';
import type { Profile } from '../profiles';
import { languagesOf } from '../profiles';
import { statementFor } from '../statements';
import type { FinderProfile } from './score';

/** Whole months from `from` to `to` (0 when `to` is not later). */
function monthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  return Math.max(0, to.getUTCDate() < from.getUTCDate() ? months - 1 : months);
}

/** Months of announced support left on `today`; see `FinderProfile.supportMonths`. */
export function supportMonthsLeft(lines: readonly ReleaseLine[], today: Date): number | null | undefined {
  if (lines.length === 0) return undefined;
  const supported = supportedLines(lines, today);
  if (supported.some((line) => supportEnd(line) === undefined)) return null;
  const ends = supported.map((line) => supportEnd(line)!);
  return ends.length === 0 ? 0 : Math.max(...ends.map((end) => monthsBetween(today, end)));
}

/** The finder's data for a profile: facts and levels it scores on, nothing else (no prose, notes or sources). */
export function finderProfile({ id, data }: Profile, today: Date): FinderProfile {
  const supportMonths = supportMonthsLeft(data.releaseLines, today);
  return {
    slug: id,
    name: data.name,
    kind: data.kind,
    languages: [...languagesOf(data)],
    ...(data.kind === 'platform' && (data.sdkLanguages || data.functionLanguages)
      ? { programmedIn: [...new Set([...(data.sdkLanguages?.value ?? []), ...(data.functionLanguages?.value ?? [])])] }
      : {}),
    license: data.license.value,
    architecture: data.architecture.value,
    levels: Object.fromEntries(
      features
        .map((f): [FeatureKey, SupportLevel] => [f.key, statementFor(data, f.key).level])
        .filter(([, level]) => level !== 'unknown'),
    ),
    ...(supportMonths === undefined ? {} : { supportMonths }),
  };
}
