import { aliasesUnique } from './checks/aliases-unique';
import { alternativesResolve } from './checks/alternatives-resolve';
import { anchorsUnique } from './checks/anchors-unique';
import { httpsOnly } from './checks/https-only';
import { lifecycleHttps } from './checks/lifecycle-https';
import { packageNamed } from './checks/package-named';
import { proseSections } from './checks/prose-sections';
import { releaseAfterFirst } from './checks/release-after-first';
import { releaseDatesOrdered } from './checks/release-dates-ordered';
import { releaseDatesReal } from './checks/release-dates-real';
import { releaseLatestInCycle } from './checks/release-latest-in-cycle';
import { releaseLinesOrdered } from './checks/release-lines-ordered';
import { releasesNotFuture } from './checks/releases-not-future';
import { sourceRequired } from './checks/source-required';
import { statusActiveRecent } from './checks/status-active-recent';
import { uniqueName, uniqueRepository } from './checks/unique-values';
import { verifiedNotFuture } from './checks/verified-not-future';
import type { LintCheck, LintIssue, LintProfile } from './types';

/** Every data check, run over the whole collection by the build and by `npm test`. */
export const checks: readonly LintCheck[] = [
  sourceRequired,
  httpsOnly,
  packageNamed,
  verifiedNotFuture,
  uniqueName,
  uniqueRepository,
  alternativesResolve,
  aliasesUnique,
  proseSections,
  anchorsUnique,
  releaseLinesOrdered,
  releaseDatesOrdered,
  releaseDatesReal,
  releasesNotFuture,
  releaseLatestInCycle,
  releaseAfterFirst,
  statusActiveRecent,
  lifecycleHttps,
];

export function lintProfiles(profiles: readonly LintProfile[], today = new Date()): LintIssue[] {
  return checks.flatMap((check) => check.run(profiles, today).map((issue) => ({ check: check.name, ...issue })));
}
