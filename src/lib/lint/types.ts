import type { ProfileData } from '../../schemas/profile';

/** A validated profile as the lint sees it. */
export interface LintProfile {
  slug: string;
  /** Path of the source file, for messages. */
  file: string;
  data: ProfileData;
  /** Markdown prose. */
  body: string;
  /** The file as written, for checks of what YAML parsing hides (e.g. impossible dates). */
  text?: string;
}

export interface LintIssue {
  /** Name of the check that found it. */
  check: string;
  file: string;
  /** Dotted path of the offending field, e.g. `features.orm.source`. */
  field: string;
  /** What is wrong, with what was found. */
  problem: string;
  /** How to fix it. */
  fix: string;
}

export interface LintCheck {
  /** Kebab-case name, also the file name under `checks/`. */
  name: string;
  /** One line: the rule this check enforces. */
  rule: string;
  run(profiles: readonly LintProfile[], today: Date): Omit<LintIssue, 'check'>[];
}

/** One line per issue: file, field, problem, fix. */
export function formatIssue(issue: LintIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.problem}. Fix: ${issue.fix} [${issue.check}]`;
}
