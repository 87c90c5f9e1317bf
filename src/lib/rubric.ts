import { features, type Feature, type FeatureRubric } from '../schemas/features';
import type { SupportLevel } from '../schemas/support-levels';

type LevelField = Exclude<keyof FeatureRubric, 'borderline'>;

/** The support level each rubric field defines, strongest first (unknown is a shared rule, not per feature). */
export const rubricLevels = [
  { field: 'builtIn', level: 'built-in' },
  { field: 'officialPackage', level: 'official-package' },
  { field: 'communityPackage', level: 'community-package' },
  { field: 'none', level: 'none' },
] as const satisfies readonly { field: LevelField; level: SupportLevel }[];

export interface BorderlineCase {
  /** The situation, e.g. "Quarkus extension not in the default project". */
  situation: string;
  /** How it is rated; empty when the sentence states no separate decision. */
  decision: string;
}

export interface RubricView {
  levels: { level: SupportLevel; rule: string }[];
  borderline: BorderlineCase[];
}

/** Splits a borderline sentence written as "situation → decision" at its first arrow. */
export function splitBorderline(text: string): BorderlineCase {
  const at = text.indexOf('→');
  if (at === -1) return { situation: text.trim(), decision: '' };
  return { situation: text.slice(0, at).trim(), decision: text.slice(at + 1).trim() };
}

/** A feature's rubric as its page shows it: one rule per level, then the borderline cases. */
export function rubricView(rubric: FeatureRubric): RubricView {
  return {
    levels: rubricLevels.map(({ field, level }) => ({ level, rule: rubric[field] })),
    borderline: rubric.borderline.map(splitBorderline),
  };
}

/** Whether a rubric states a rule for every level and decides at least one borderline case ("situation → decision"). */
export function isRubricComplete(rubric: FeatureRubric | undefined): boolean {
  if (rubric === undefined) return false;
  const cases = rubric.borderline.map(splitBorderline);
  return (
    rubricLevels.every(({ field }) => rubric[field].trim() !== '') &&
    cases.length > 0 &&
    cases.every(({ situation, decision }) => situation !== '' && decision !== '')
  );
}

/** Every catalogue feature's rubric in brief, in catalogue order, for the list on /about/. */
export function rubricIndex(
  catalogue: readonly Feature[] = features,
): { key: string; name: string; borderlineCount: number }[] {
  return catalogue.map((feature) => ({
    key: feature.key,
    name: feature.name,
    borderlineCount: feature.rubric.borderline.length,
  }));
}
