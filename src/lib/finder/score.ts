import { features, type FeatureKey } from '../../schemas/features';
import { isOpenSource } from '../../schemas/licenses';
import type { LanguageName } from '../../schemas/languages';
import type { SupportLevel } from '../../schemas/support-levels';
import type { ArchitectureKey } from '../../schemas/taxonomy';
import type { Answers } from './answers';
import { purposes } from './purposes';
import { compareText } from '../sort';

/** What the finder needs of a profile: no prose, no sources. */
export interface FinderProfile {
  slug: string;
  name: string;
  kind: 'framework' | 'platform';
  languages: LanguageName[];
  /**
   * A platform's languages: those of its SDKs and server-side functions;
   * absent when the profile does not state them (then a language answer
   * cannot exclude it, and it ranks after the frameworks of that language).
   */
  programmedIn?: LanguageName[];
  license: string;
  architecture: ArchitectureKey;
  levels: Partial<Record<FeatureKey, SupportLevel>>;
  /**
   * Whole months from the build day to the latest announced end of support of
   * its supported release lines (0 when none is supported); `null` when a
   * supported line has no announced end, absent when no lines are recorded.
   */
  supportMonths?: number | null;
}

/**
 * Points per support level. A must-have weighs more than a nice-to-have,
 * an official package less than built in, and `unknown` never counts.
 */
export const weights = {
  must: { 'built-in': 10, 'official-package': 6, 'community-package': 2, none: 0, unknown: 0 },
  nice: { 'built-in': 3, 'official-package': 2, 'community-package': 1, none: 0, unknown: 0 },
  /** Bonus when the architecture matches the "batteries included" or "minimal core" answer. */
  style: 4,
} as const satisfies Record<'must' | 'nice', Record<SupportLevel, number>> & { style: number };

/** Architectures that count as batteries-included, and as a minimal core. */
export const fullStack: readonly ArchitectureKey[] = ['mvc', 'mvt', 'modular', 'full-stack'];
export const minimal: readonly ArchitectureKey[] = ['micro'];

export interface FeatureOutcome {
  key: FeatureKey;
  name: string;
  level: SupportLevel;
}

export interface Match {
  slug: string;
  name: string;
  /** Points scored, and the share of the points possible, 0–100. */
  points: number;
  percent: number;
  mustMet: FeatureOutcome[];
  mustMissed: FeatureOutcome[];
  niceMet: FeatureOutcome[];
  niceMissed: FeatureOutcome[];
  styleMatch: boolean;
  /** A platform whose languages are not stated, ranked after the profiles that meet the language answer. */
  languageUnknown: boolean;
  /** Support asked for, but no end is announced (or no lines recorded): ranked after those known to qualify. */
  supportUnknown: boolean;
}

export interface Exclusion {
  slug: string;
  name: string;
  reason: 'language' | 'license' | 'no-code' | 'support';
}

export interface FinderResult {
  /** Profiles with every must-have built in, best first. */
  matches: Match[];
  /** Profiles missing a must-have (none, a package, or unknown), shown below a divider, best first. */
  missing: Match[];
  excluded: Exclusion[];
  /** Points possible, for reading a score by hand. */
  maxPoints: number;
}

const featureName = new Map<string, string>(features.map((f) => [f.key, f.name]));

/** The must-haves as scored: the user's, plus static typing when required. */
export function effectiveMust(a: Answers): FeatureKey[] {
  return [...new Set([...a.must, ...(a.typing === 'required' ? (['static-typing'] as const) : [])])];
}

/** The nice-to-haves as scored: the user's, the purpose's features, static typing when preferred — minus must-haves. */
export function effectiveNice(a: Answers): FeatureKey[] {
  const must = effectiveMust(a);
  const purpose = a.purpose ? purposes[a.purpose].features : [];
  const typing: FeatureKey[] = a.typing === 'preferred' ? ['static-typing'] : [];
  return [...new Set([...a.nice, ...purpose, ...typing])].filter((k) => !must.includes(k));
}

/** The languages a profile is programmed in, for the language answer; undefined when not stated. */
const programmedIn = (p: FinderProfile) => (p.kind === 'framework' ? p.languages : p.programmedIn);

function exclusion(p: FinderProfile, a: Answers): Exclusion['reason'] | undefined {
  if (p.kind === 'platform' && !a.noCodeOk) return 'no-code';
  if (a.openSourceOnly && !isOpenSource(p.license)) return 'license';
  const langs = programmedIn(p);
  if (a.languages.length > 0 && langs && !langs.some((l) => a.languages.includes(l))) return 'language';
  if (a.supportMonths > 0 && typeof p.supportMonths === 'number' && p.supportMonths < a.supportMonths) return 'support';
  return undefined;
}

/**
 * Ranks profiles for the answers: language, license, kind and a support end
 * announced too soon exclude; a
 * must-have that is not built in (none, a package, unknown) moves a profile
 * below the complete matches; within each list, platforms whose languages are
 * not stated come after the rest when a language is chosen, then those
 * whose support end is not announced when support is asked for, then points
 * decide. Deterministic: ties are broken by name.
 */
export function scoreProfiles(profiles: readonly FinderProfile[], a: Answers): FinderResult {
  const must = effectiveMust(a);
  const nice = effectiveNice(a);
  const maxPoints =
    must.length * weights.must['built-in'] +
    nice.length * weights.nice['built-in'] +
    (a.style === 'any' ? 0 : weights.style);
  const excluded: Exclusion[] = [];
  const matches: Match[] = [];
  for (const p of profiles) {
    const reason = exclusion(p, a);
    if (reason) {
      excluded.push({ slug: p.slug, name: p.name, reason });
      continue;
    }
    const outcome = (key: FeatureKey): FeatureOutcome => ({
      key,
      name: featureName.get(key) ?? key,
      level: p.levels[key] ?? 'unknown',
    });
    const mustOutcomes = must.map(outcome);
    const niceOutcomes = nice.map(outcome);
    const styleMatch =
      (a.style === 'full' && fullStack.includes(p.architecture)) ||
      (a.style === 'minimal' && minimal.includes(p.architecture));
    const points =
      mustOutcomes.reduce((sum, o) => sum + weights.must[o.level], 0) +
      niceOutcomes.reduce((sum, o) => sum + weights.nice[o.level], 0) +
      (styleMatch ? weights.style : 0);
    const counts = (o: FeatureOutcome) => weights.nice[o.level] > 0;
    matches.push({
      slug: p.slug,
      name: p.name,
      points,
      percent: maxPoints === 0 ? 100 : Math.round((points / maxPoints) * 100),
      mustMet: mustOutcomes.filter((o) => o.level === 'built-in'),
      mustMissed: mustOutcomes.filter((o) => o.level !== 'built-in'),
      niceMet: niceOutcomes.filter(counts),
      niceMissed: niceOutcomes.filter((o) => !counts(o)),
      styleMatch,
      languageUnknown: a.languages.length > 0 && programmedIn(p) === undefined,
      supportUnknown: a.supportMonths > 0 && typeof p.supportMonths !== 'number',
    });
  }
  matches.sort(
    (x, y) =>
      Number(x.languageUnknown) - Number(y.languageUnknown) ||
      Number(x.supportUnknown) - Number(y.supportUnknown) ||
      y.points - x.points ||
      compareText(x.name, y.name),
  );
  return {
    matches: matches.filter((m) => m.mustMissed.length === 0),
    missing: matches.filter((m) => m.mustMissed.length > 0),
    excluded,
    maxPoints,
  };
}
