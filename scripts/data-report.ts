/**
 * `npm run data:report`: how complete, well sourced and fresh the profile data
 * is (profiles verified longest ago first), the front-matter text errors (values
 * YAML cut, impossible dates), and how many catalogue features have a rubric.
 */
import { coverageReport, rubricCoverage } from '../src/lib/coverage';
import { readProfileFiles } from '../src/data/profile-files';
import { buildOptions } from '../src/integrations/site-options';
import { frontMatterText } from '../src/lib/lint/checks/front-matter-text';
import { lintProfiles } from '../src/lib/lint/registry';
import { formatIssue } from '../src/lib/lint/types';
import { profileSchema } from '../src/schemas/profile';

const files = readProfileFiles(buildOptions.contentDir);
const profiles = files.map(({ slug, path, frontmatter, frontmatterText, body }) => {
  const result = profileSchema.safeParse(frontmatter);
  if (!result.success)
    throw new Error(`${path} does not match the profile schema; run npx vitest run tests/unit/content.test.ts`);
  return { slug, file: path, data: result.data, frontmatterText, body };
});
const report = coverageReport(profiles);

console.table(
  report.profiles.map((p) => ({
    profile: p.slug,
    verified: p.verified,
    known: p.known,
    sourced: p.sourced,
    unknown: p.unknown,
  })),
);
console.log(
  `Overall: ${report.profiles.length} profiles, ${report.cells} feature cells; ` +
    `${report.known} known (${report.knownPercent} %), ${report.unknown} unknown; ` +
    `${report.sourced} of ${report.known} known cells sourced (${report.sourcedPercent} %).`,
);
console.log(`Verified longest ago: ${report.stalest.map((p) => `${p.slug} (${p.verified})`).join(', ')}`);

const textErrors = lintProfiles(profiles, new Date(), [frontMatterText]);
console.log(
  textErrors.length === 0
    ? 'Front-matter text: no values cut by YAML comments, no impossible dates.'
    : `Front-matter text: ${textErrors.length} error(s):\n${textErrors.map((i) => `  - ${formatIssue(i)}`).join('\n')}`,
);

const rubric = rubricCoverage();
console.log(
  `Rubric: ${rubric.withRubric} of ${rubric.total} catalogue features have one` +
    (rubric.missing.length > 0 ? ` (missing: ${rubric.missing.join(', ')}).` : '.'),
);
