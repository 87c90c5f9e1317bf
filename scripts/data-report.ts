/**
 * `npm run data:report`: how complete and how well sourced the profile data is,
 * per profile and overall, and which profiles were verified longest ago.
 */
import { coverageReport } from '../src/lib/coverage';
import { readProfileFiles } from '../src/data/profile-files';
import { buildOptions } from '../src/integrations/site-options';
import { profileSchema } from '../src/schemas/profile';

const profiles = readProfileFiles(buildOptions.contentDir).map(({ slug, path, frontmatter }) => {
  const result = profileSchema.safeParse(frontmatter);
  if (!result.success)
    throw new Error(`${path} does not match the profile schema; run npx vitest run tests/unit/content.test.ts`);
  return { slug, data: result.data };
});
const report = coverageReport(profiles);

console.table(
  report.profiles.map((p) => ({
    profile: p.slug,
    known: p.known,
    sourced: p.sourced,
    unknown: p.unknown,
    verified: p.verified,
  })),
);
console.log(
  `Overall: ${report.profiles.length} profiles, ${report.cells} feature cells; ` +
    `${report.known} known (${report.knownPercent} %), ${report.unknown} unknown; ` +
    `${report.sourced} of ${report.known} known cells sourced (${report.sourcedPercent} %).`,
);
console.log(`Verified longest ago: ${report.stalest.map((p) => `${p.slug} (${p.verified})`).join(', ')}`);
