import { lintProfiles } from './registry';
import { formatIssue, type LintProfile } from './types';

/** Throws one error listing every lint issue, so a build fails with all of them at once. */
export function assertLintClean(profiles: readonly LintProfile[], today = new Date()): void {
  const issues = lintProfiles(profiles, today);
  if (issues.length > 0) {
    throw new Error(
      `Profile data lint found ${issues.length} problem(s):\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`,
    );
  }
}
