import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkVersions } from '../../scripts/check-versions';
import { versionDrift } from '../../scripts/lib/version-drift';
import { fixtureSource } from '../support/fixtures';
import { profileSchema } from '../../src/schemas/profile';
import { readProfileFiles } from '../../src/data/profile-files';

// Recorded npm answers (tests/fixtures/registry/npm-<package>.json); every other registry is unreachable here.
const recorded = (url: string) => {
  const name = /registry\.npmjs\.org\/([^/]+)\/latest/.exec(url)?.[1];
  if (!name) return Promise.reject(new Error('fetch failed'));
  if (!['express', 'fastify', 'hono'].includes(name)) {
    return Promise.resolve({ ok: false, status: 404, json: () => Promise.resolve({}) });
  }
  const body: unknown = JSON.parse(readFileSync(`tests/fixtures/registry/npm-${name}.json`, 'utf8'));
  return Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve(body) });
};

describe('data:check-versions', () => {
  const alpha = profileSchema.parse(fixtureSource('alpha').frontmatter).releaseLines;

  it('tells a newer patch of a recorded line, a line not recorded, and an up-to-date profile apart', () => {
    expect(versionDrift('2.1.3', alpha)).toEqual({ kind: 'behind', latest: '2.1.3', recorded: '2.1.1', cycle: '2.1' });
    expect(versionDrift('3.0.0', alpha)).toEqual({ kind: 'new-line', latest: '3.0.0', newest: '2.1' });
    expect(versionDrift('2.1.1', alpha)).toEqual({ kind: 'current', latest: '2.1.1' });
  });

  it('compares recorded registry answers with the profiles and skips unreachable registries', async () => {
    const { lines } = await checkVersions('content/frameworks', recorded, 1000);
    const latestOf = (slug: string) =>
      JSON.parse(readFileSync(`tests/fixtures/registry/npm-${slug}.json`, 'utf8')) as { version: string };
    const profiles = new Map(readProfileFiles('content/frameworks').map((f) => [f.slug, f.frontmatter]));
    for (const slug of ['express', 'fastify', 'hono']) {
      const drift = versionDrift(latestOf(slug).version, profileSchema.parse(profiles.get(slug)).releaseLines);
      const line = lines.find((l) => l.startsWith(`${slug} (`));
      expect(line).toContain(drift.kind === 'current' ? 'up to date' : drift.kind === 'behind' ? 'BEHIND' : 'NEW LINE');
    }
    expect(lines).toContain('pypi: unreachable (fetch failed), skipped');
    expect(lines.filter((l) => l.startsWith('pypi:'))).toHaveLength(1);
  });
});
