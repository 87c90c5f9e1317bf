import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { LintProfile } from '../../src/lib/lint/types';
import { profileSchema } from '../../src/schemas/profile';

const root = 'tests/fixtures/profiles';

/** The two valid fixture profiles: `alpha` (framework) and `beta` (platform). */
export const validSlugs = ['alpha', 'beta'] as const;

function read(path: string) {
  const text = readFileSync(path, 'utf8');
  const { frontmatter, content } = parseFrontmatter(text);
  return { frontmatter, body: content, text };
}

/**
 * An invalid fixture is written as the change it makes to `alpha`: its front
 * matter keys replace alpha's, and a non-empty body replaces alpha's prose.
 * This keeps each fixture down to the one mistake it demonstrates.
 */
export function fixtureSource(name: string): { frontmatter: Record<string, unknown>; body: string; text: string } {
  const alpha = read(join(root, 'valid', 'alpha.md'));
  if ((validSlugs as readonly string[]).includes(name)) return read(join(root, 'valid', `${name}.md`));
  const change = read(join(root, 'invalid', `${name}.md`));
  return {
    frontmatter: { ...alpha.frontmatter, ...change.frontmatter },
    body: change.body.trim() ? change.body : alpha.body,
    text: change.text,
  };
}

/** The fixture as the lint sees it, in place of `alpha`, next to `beta`. */
export function lintCollection(name: string): LintProfile[] {
  const profiles = [name, 'beta'].map((slug) => {
    const { frontmatter, body, text } = fixtureSource(slug);
    const data = profileSchema.parse(frontmatter);
    return { slug: slug === name ? 'alpha' : slug, file: `${slug}.md`, data, body, text };
  });
  return profiles;
}

/** Schema issues of a fixture as `path: message` lines, as the build prints them. */
export function schemaIssues(name: string): string[] {
  const result = profileSchema.safeParse(fixtureSource(name).frontmatter);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
