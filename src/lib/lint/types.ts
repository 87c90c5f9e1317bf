import type { ProfileData } from '../../schemas/profile';

/** A validated profile as the lint sees it. */
export interface LintProfile {
  slug: string;
  /** Path of the source file, for messages. */
  file: string;
  data: ProfileData;
  /** The front matter as written (YAML text), for rules about the text itself. */
  frontmatterText: string;
  /** Markdown prose. */
  body: string;
  /** Line of the file on which the prose starts (after the front matter), so messages can name file lines; 1 when unknown. */
  bodyLine?: number;
}

/** What a check reports: a field, what is wrong and how to fix it. */
export interface Finding {
  /** Dotted path of the offending field, e.g. `features.orm.source`, or `body`. */
  field: string;
  /** What is wrong, with what was found. */
  problem: string;
  /** How to fix it. */
  fix: string;
}

export type Severity = 'error' | 'warning';

export interface LintContext {
  /** The build date: dates are judged against it. */
  today: Date;
}

interface CheckInfo {
  /** Kebab-case name, also the file name under `checks/` (its test sits beside it). */
  name: string;
  /** One line: the rule this check enforces. */
  rule: string;
  /** An error fails the build; a warning is printed. */
  severity: Severity;
}

/** A check of one profile on its own; the registry runs it for each profile. */
export interface ProfileCheck extends CheckInfo {
  scope: 'profile';
  check(profile: LintProfile, context: LintContext): Finding[];
}

/** A check across profiles (uniqueness, cross-references); it names the file of each finding. */
export interface CollectionCheck extends CheckInfo {
  scope: 'collection';
  check(profiles: readonly LintProfile[], context: LintContext): (Finding & { file: string })[];
}

export type LintCheck = ProfileCheck | CollectionCheck;

export interface LintIssue extends Finding {
  /** Name of the check that found it. */
  check: string;
  severity: Severity;
  file: string;
}

/** One line per issue: file, field, problem, fix, check (and "warning" for warnings). */
export function formatIssue(issue: LintIssue): string {
  const tag = issue.severity === 'warning' ? `${issue.check}, warning` : issue.check;
  return `${issue.file}: ${issue.field}: ${issue.problem}. Fix: ${issue.fix} [${tag}]`;
}
