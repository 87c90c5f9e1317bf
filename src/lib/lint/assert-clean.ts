import { lintProfiles } from './registry';
import { formatIssue, type LintProfile } from './types';

/**
 * Throws one error listing every lint error, so a build fails with all of them
 * at once; warnings are passed to `warn` and do not fail the build.
 */
export function assertLintClean(
  profiles: readonly LintProfile[],
  today = new Date(),
  warn: (message: string) => void = console.warn,
): void {
  const issues = lintProfiles(profiles, today);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  if (warnings.length > 0) {
    warn(
      `Profile data lint: ${warnings.length} warning(s):\n${warnings.map((i) => `  - ${formatIssue(i)}`).join('\n')}`,
    );
  }
  if (errors.length > 0) {
    throw new Error(
      `Profile data lint found ${errors.length} problem(s):\n${errors.map((i) => `  - ${formatIssue(i)}`).join('\n')}`,
    );
  }
}
