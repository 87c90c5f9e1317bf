import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'atlas-reproducible-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * The two valid fixtures plus a third profile whose slug and name sort
 * differently by locale (Danish files "aa" after "z", Lithuanian "y" among
 * the i's) and whose name holds characters the preview font lacks.
 */
function content(): string {
  const dir = join(work, 'content');
  cpSync('tests/fixtures/profiles/valid', dir, { recursive: true });
  // Alpha's text with another name and repository: the dates stay written as the lint requires.
  const third = readFileSync(join(dir, 'alpha.md'), 'utf8')
    .replace(/^name: .*$/m, 'name: "Ýr Åsa 漢 Kit"')
    .replace(/^repository: .*$/m, 'repository: https://example.org/aa-kit/repo');
  writeFileSync(join(dir, 'aa-kit.md'), third);
  return dir;
}

/** `astro build` of `contentDir` under a locale, into its own output and cache folders. */
async function buildUnder(lang: string, contentDir: string): Promise<string> {
  const outDir = join(work, `dist-${lang}`);
  await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    env: {
      PATH: process.env.PATH,
      LANG: lang,
      ATLAS_CONTENT: contentDir,
      ATLAS_OUT_DIR: outDir,
      ATLAS_CACHE_DIR: join(work, `cache-${lang}`),
    },
  });
  return outDir;
}

/** Every file of a folder with the SHA-256 of its bytes. */
function hashes(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')];
    }),
  );
}

describe('the build', () => {
  it('writes byte-identical files whatever the machine LANG is', { timeout: 180_000 }, async () => {
    const dir = content();
    // One after the other: builds of one project share its .astro/ folder.
    const posix = await buildUnder('C', dir);
    const danish = await buildUnder('da_DK.UTF-8', dir);
    const [a, b] = [hashes(posix), hashes(danish)];
    expect(Object.keys(a)).toContain('og/aa-kit.png');
    expect(Object.keys(a).length).toBeGreaterThan(20);
    expect(b).toEqual(a);
  });
});
