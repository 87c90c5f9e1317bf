import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureSource } from '../support/fixtures';

const run = promisify(execFile);
const dirs: string[] = [];

/** A content folder holding `beta` and the named fixture in place of `alpha`. */
function contentWith(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-content-'));
  dirs.push(dir);
  cpSync('tests/fixtures/profiles/valid/beta.md', join(dir, 'beta.md'));
  const { frontmatter, body } = fixtureSource(fixture);
  writeFileSync(join(dir, 'alpha.md'), `---\n${stringify(frontmatter)}---\n${body}`);
  return dir;
}

/** Output of `astro sync` (which loads and validates the collection) against a content folder. */
async function sync(dir: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['astro', 'sync'], { env: { ...process.env, ATLAS_CONTENT: dir } });
    return { ok: true, output: stripVTControlCharacters(stdout + stderr) };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stripVTControlCharacters(stdout + stderr) };
  }
}

afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// The real pipeline, end to end: bad data stops the build with the file and the field.
describe('the build', () => {
  it('fails on a schema error, naming the file, the field and what was expected', { timeout: 60_000 }, async () => {
    const dir = contentWith('wrong-enum');
    const { ok, output } = await sync(dir);
    expect(ok).toBe(false);
    expect(output).toContain(join(dir, 'alpha.md'));
    expect(output).toContain('architecture.value: expected one of mvc, mvt, micro');
  });

  it('fails on a lint error, naming the file, the field and the fix', { timeout: 60_000 }, async () => {
    const { ok, output } = await sync(contentWith('future-verified'));
    expect(ok).toBe(false);
    expect(output).toMatch(/alpha\.md: verified: 2026-12-31 lies in the future \(today is \d{4}-\d\d-\d\d\)\. Fix: /);
  });
});
