import { describe, expect, it } from 'vitest';
import { lintProfiles } from '../../src/lib/lint/registry';
import { formatIssue } from '../../src/lib/lint/types';
import { readProfileFiles } from '../../src/data/profile-files';
import { buildOptions } from '../../src/integrations/site-options';
import { profileSchema } from '../../src/schemas/profile';

// The real collection must pass the schema and the lint. This is the fast check
// contributors run before a build (`npx vitest run tests/unit/content.test.ts`);
// the build runs the same code.
const parsed = readProfileFiles(buildOptions.contentDir).map((file) => ({
  ...file,
  result: profileSchema.safeParse(file.frontmatter),
}));
const valid = parsed.flatMap(({ slug, path, body, frontmatterText, result }) =>
  result.success ? [{ slug, file: path, body, frontmatterText, data: result.data }] : [],
);

// Linted once; each profile's test reads its own errors.
const errors = lintProfiles(valid).filter((issue) => issue.severity === 'error');

describe.each(parsed)('profile $slug', ({ slug, result }) => {
  it('matches the profile schema', () => {
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
  it('passes the lint checks (warnings aside)', () => {
    const own = errors.filter((issue) => issue.file.endsWith(`/${slug}.md`));
    expect(own.map(formatIssue)).toEqual([]);
  });
});
