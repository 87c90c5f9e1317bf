import { describe, expect, it } from 'vitest';
import { lintMessages } from '../../../../tests/support/fixtures';

describe('release-dates-ordered', () => {
  it('rejects security support that ends before bug-fix support', () => {
    expect(lintMessages('support-ends-before-release', 'release-dates-ordered')).toEqual([
      'support-ends-before-release.md: releaseLines.0.securityUntil: securityUntil 2026-09-10 is before bugfixUntil 2027-03-10. Fix: re-read the source: released ≤ bugfixUntil ≤ securityUntil [release-dates-ordered]',
    ]);
  });

  it('accepts dates in order', () => {
    expect(lintMessages('alpha', 'release-dates-ordered')).toEqual([]);
  });
});
