import { features, type Feature } from '../schemas/features';
import type { ProfileData } from '../schemas/profile';
import { statementFor } from './statements';

export interface ProfileCoverage {
  slug: string;
  name: string;
  /** Catalogue features given a level other than `unknown`. */
  known: number;
  /** Known cells that cite a source. */
  sourced: number;
  unknown: number;
  verified: string;
}

export interface CoverageReport {
  /** Every profile, verified longest ago first. */
  profiles: ProfileCoverage[];
  cells: number;
  known: number;
  sourced: number;
  unknown: number;
  /** Share of all cells that are known, 0–100. */
  knownPercent: number;
  /** Share of known cells that are sourced, 0–100. */
  sourcedPercent: number;
  /** Profiles verified longest ago first. */
  stalest: ProfileCoverage[];
}

const percent = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10);

/** How complete the data is: per profile and overall, over every catalogue feature. */
export function coverageReport(
  profiles: readonly { slug: string; data: ProfileData }[],
  stalestCount = 5,
): CoverageReport {
  const rows = profiles.map(({ slug, data }): ProfileCoverage => {
    const statements = features.map((f) => statementFor(data, f.key));
    const known = statements.filter((s) => s.level !== 'unknown');
    return {
      slug,
      name: data.name,
      known: known.length,
      sourced: known.filter((s) => s.source !== undefined).length,
      unknown: statements.length - known.length,
      verified: data.verified.toISOString().slice(0, 10),
    };
  });
  const sum = (key: 'known' | 'sourced' | 'unknown') => rows.reduce((total, row) => total + row[key], 0);
  const cells = rows.length * features.length;
  return {
    profiles: [...rows].sort((a, b) => a.verified.localeCompare(b.verified) || a.slug.localeCompare(b.slug)),
    cells,
    known: sum('known'),
    sourced: sum('sourced'),
    unknown: sum('unknown'),
    knownPercent: percent(sum('known'), cells),
    sourcedPercent: percent(sum('sourced'), sum('known')),
    stalest: [...rows]
      .sort((a, b) => a.verified.localeCompare(b.verified) || a.slug.localeCompare(b.slug))
      .slice(0, stalestCount),
  };
}

/** How many catalogue features have a rubric, and which do not yet. */
export function rubricCoverage(catalogue: readonly Feature[] = features): {
  withRubric: number;
  total: number;
  missing: string[];
} {
  const missing = catalogue.filter((f) => f.rubric === undefined).map((f) => f.key);
  return { withRubric: catalogue.length - missing.length, total: catalogue.length, missing };
}
