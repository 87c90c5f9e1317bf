import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintCollection } from '../../../tests/support/fixtures';
import { assertLintClean } from './assert-clean';
import { checks, lintProfiles } from './registry';
import type { LintCheck } from './types';

describe('lint registry', () => {
  it('keeps a test beside every check, in the file named after it', () => {
    const files = [...new Set(checks.map((c) => c.name.replace(/^unique-.*/, 'unique-values')))];
    expect(files.filter((name) => !existsSync(`src/lib/lint/checks/${name}.test.ts`))).toEqual([]);
  });

  it('reports a crashing check as an error naming the check, and still runs the others', () => {
    const broken: LintCheck = {
      name: 'broken',
      rule: 'Always crashes.',
      scope: 'profile',
      severity: 'warning',
      check: () => {
        throw new Error('boom');
      },
    };
    const issues = lintProfiles(lintCollection('duplicate-name'), new Date('2026-06-01'), [broken, ...checks]);
    expect(issues.filter((i) => i.check === 'broken')).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'duplicate-name.md',
        problem: 'the check "broken" crashed: boom',
      }),
      expect.objectContaining({ severity: 'error', file: 'beta.md', problem: 'the check "broken" crashed: boom' }),
    ]);
    expect(issues.some((i) => i.check === 'unique-name')).toBe(true);
  });

  it('fails the build on errors only; warnings are printed', () => {
    const warnings: string[] = [];
    const today = new Date('2026-06-01T12:00:00Z');
    expect(() => assertLintClean(lintCollection('stale-verified'), today, (m) => warnings.push(m))).not.toThrow();
    expect(warnings.join('\n')).toContain('[verified-recent, warning]');
    expect(() => assertLintClean(lintCollection('future-verified'), today, () => {})).toThrow(
      /1 problem\(s\):\n {2}- future-verified.md: verified: /,
    );
  });
});
