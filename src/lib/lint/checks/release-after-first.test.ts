import { describe, expect, it } from 'vitest';
import { lintMessages } from '../../../../tests/support/fixtures';

describe('release-after-first', () => {
  it('rejects a line released before the profile’s first release year', () => {
    expect(lintMessages('line-before-first-release', 'release-after-first')).toEqual([
      'line-before-first-release.md: releaseLines.0.released: released in 2008, before firstRelease 2010. Fix: re-read both sources and correct the one that is wrong [release-after-first]',
    ]);
  });

  it('accepts lines released from the first release on', () => {
    expect(lintMessages('alpha', 'release-after-first')).toEqual([]);
  });
});
