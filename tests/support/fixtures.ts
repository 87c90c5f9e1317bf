import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { lintProfiles } from '../../src/lib/lint/registry';
import { formatIssue, type LintProfile } from '../../src/lib/lint/types';
import { bodyStartLine } from '../../src/lib/prose';
import { profileSchema } from '../../src/schemas/profile';

const root = 'tests/fixtures/profiles';

/** The two valid fixture profiles: `alpha` (framework) and `beta` (platform). */
export const validSlugs = ['alpha', 'beta'] as const;

function read(path: string) {
  const source = readFileSync(path, 'utf8');
  const { frontmatter, content, rawFrontmatter } = parseFrontmatter(source);
  // As Astro's loader gives it: the prose starts on the line after the closing fence.
  return { frontmatter, body: content.replace(/^\r?\n/, ''), bodyLine: bodyStartLine(source), text: rawFrontmatter };
}

/**
 * An invalid fixture is written as the change it makes to `alpha`: its front
 * matter keys replace alpha's, and a non-empty body replaces alpha's prose.
 * This keeps each fixture down to the one mistake it demonstrates.
 */
export function fixtureSource(name: string): {
  frontmatter: Record<string, unknown>;
  body: string;
  bodyLine: number;
  text: string;
} {
  const alpha = read(join(root, 'valid', 'alpha.md'));
  if ((validSlugs as readonly string[]).includes(name)) return read(join(root, 'valid', `${name}.md`));
  const change = read(join(root, 'invalid', `${name}.md`));
  return {
    frontmatter: { ...alpha.frontmatter, ...change.frontmatter },
    ...(change.body.trim()
      ? { body: change.body, bodyLine: change.bodyLine }
      : { body: alpha.body, bodyLine: alpha.bodyLine }),
    // Alpha's own text passes the text rules, so the fixture's text is its change.
    text: change.text,
  };
}

/** The fixture as the lint sees it, in place of `alpha`, next to `beta`. */
export function lintCollection(name: string): LintProfile[] {
  const profiles = [name, 'beta'].map((slug) => {
    const { frontmatter, body, bodyLine, text } = fixtureSource(slug);
    return {
      slug: slug === name ? 'alpha' : slug,
      file: `${slug}.md`,
      data: profileSchema.parse(frontmatter),
      frontmatterText: text,
      body,
      bodyLine,
    };
  });
  return profiles;
}

/** Schema issues of a fixture as `path: message` lines, as the build prints them. */
export function schemaIssues(name: string): string[] {
  const result = profileSchema.safeParse(fixtureSource(name).frontmatter);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** The lint messages one check reports for a fixture (in place of alpha, next to beta), as a contributor reads them. */
export function lintMessages(fixture: string, check: string, today = new Date('2026-06-01T12:00:00Z')): string[] {
  return lintProfiles(lintCollection(fixture), today)
    .filter((issue) => issue.check === check)
    .map(formatIssue);
}
