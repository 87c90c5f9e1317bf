import { aliasesUnique } from './checks/aliases-unique';
import { alternativesResolve } from './checks/alternatives-resolve';
import { anchorsUnique } from './checks/anchors-unique';
import { frontMatterText } from './checks/front-matter-text';
import { httpsOnly } from './checks/https-only';
import { noRawHtml } from './checks/no-raw-html';
import { proseSections } from './checks/prose-sections';
import { releaseAfterFirst } from './checks/release-after-first';
import { releaseDatesOrdered } from './checks/release-dates-ordered';
import { releaseLatestInCycle } from './checks/release-latest-in-cycle';
import { releaseLinesOrdered } from './checks/release-lines-ordered';
import { releasesNotFuture } from './checks/releases-not-future';
import { statusActiveRecent } from './checks/status-active-recent';
import { uniqueName, uniqueRepository } from './checks/unique-values';
import { verifiedNotFuture } from './checks/verified-not-future';
import { verifiedRecent } from './checks/verified-recent';
import type { LintCheck, LintContext, LintIssue, LintProfile } from './types';

/**
 * Every data check, run over the whole collection by the build and by `npm test`.
 * To add one: write `checks/<name>.ts` exporting a `LintCheck` (scope, severity,
 * rule, check), its test `checks/<name>.test.ts` beside it, and list it here.
 */
export const checks: readonly LintCheck[] = [
  frontMatterText,
  httpsOnly,
  verifiedNotFuture,
  verifiedRecent,
  uniqueName,
  uniqueRepository,
  alternativesResolve,
  aliasesUnique,
  proseSections,
  noRawHtml,
  anchorsUnique,
  releaseLinesOrdered,
  releaseDatesOrdered,
  releasesNotFuture,
  releaseLatestInCycle,
  releaseAfterFirst,
  statusActiveRecent,
];

/** Runs a check, turning a crash into an error that names the check, so one broken check hides nothing else. */
function guarded(check: LintCheck, file: string, run: () => LintIssue[]): LintIssue[] {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [
      {
        check: check.name,
        severity: 'error',
        file,
        field: '(lint)',
        problem: `the check "${check.name}" crashed: ${message}`,
        fix: `correct src/lib/lint/checks/${check.name}.ts (or the data it could not read)`,
      },
    ];
  }
}

/** Every issue of every check over the collection, in registry order. */
export function lintProfiles(
  profiles: readonly LintProfile[],
  today = new Date(),
  registry: readonly LintCheck[] = checks,
): LintIssue[] {
  const context: LintContext = { today };
  return registry.flatMap((check) => {
    const tag = { check: check.name, severity: check.severity };
    if (check.scope === 'collection') {
      return guarded(check, '(collection)', () => check.check(profiles, context).map((f) => ({ ...tag, ...f })));
    }
    return profiles.flatMap((profile) =>
      guarded(check, profile.file, () =>
        check.check(profile, context).map((f) => ({ ...tag, file: profile.file, ...f })),
      ),
    );
  });
}
