import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { drawPreviews } from '../../src/integrations/previews/integration';
import { relatedPairs } from '../../src/lib/compare/pairs';
import { previewImagePath } from '../../src/lib/paths';
import { COMPARE_PREVIEW } from '../../src/lib/seo/preview-content';
import { profileSchema } from '../../src/schemas/profile';
import { fixtureSource } from '../support/fixtures';

const fixtures = 'tests/fixtures/profiles/valid';
const stages: string[] = [];
const stage = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-previews-'));
  stages.push(dir);
  return dir;
};
afterAll(() => Promise.all(stages.map((dir) => rm(dir, { recursive: true }))));

describe('drawing previews in worker threads', () => {
  it(
    'draws one PNG per profile and related pair, and the builder’s generic one, split over the workers',
    { timeout: 30_000 },
    async () => {
      const profiles = ['alpha', 'beta'].map((id) => ({
        id,
        data: profileSchema.parse(fixtureSource(id).frontmatter),
      }));
      const expected = [
        ...profiles.map((p) => p.id),
        ...relatedPairs(profiles).map((pair) => pair.slug),
        COMPARE_PREVIEW,
      ];
      const outDir = await stage();
      expect(await drawPreviews(fixtures, outDir, 2)).toBe(expected.length);
      expect((await readdir(join(outDir, 'og'))).sort()).toEqual(expected.map((name) => `${name}.png`).sort());
      const png = await readFile(join(outDir, previewImagePath('alpha')));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
    },
  );

  it('fails, naming the cause, when the profiles cannot be read', async () => {
    await expect(drawPreviews('no/such/folder', await stage(), 1)).rejects.toThrow(/ENOENT.*no\/such\/folder/);
  });
});
