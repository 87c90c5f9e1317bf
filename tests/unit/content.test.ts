import { describe, expect, it } from 'vitest';
import { profileSchema } from '../../src/schemas/profile';
import { contentDir, readProfileFiles } from '../../src/lib/profile-files';
import { MIN_PROSE_WORDS, proseWordCount, requiredSections, sectionHeadings } from '../../src/lib/prose';

// Every real profile must pass the schema: this is the fast check contributors run before a build.
describe.each(readProfileFiles(contentDir()))('profile $slug', ({ frontmatter, body }) => {
  it('matches the profile schema', () => {
    const result = profileSchema.safeParse(frontmatter);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
  it('has the required prose sections and length', () => {
    expect(sectionHeadings(body)).toEqual([...requiredSections]);
    expect(proseWordCount(body)).toBeGreaterThanOrEqual(MIN_PROSE_WORDS);
  });
});
