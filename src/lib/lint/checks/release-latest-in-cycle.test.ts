import { describe, expect, it } from 'vitest';
import { lintMessages } from '../../../../tests/support/fixtures';

describe('release-latest-in-cycle', () => {
  it('rejects a latest version of another cycle, and one dated before the line began', () => {
    expect(lintMessages('latest-outside-cycle', 'release-latest-in-cycle')).toEqual([
      'latest-outside-cycle.md: releaseLines.0.latest: "2.0.4" is not a version of cycle "2.1". Fix: give the newest version published in this line [release-latest-in-cycle]',
      "latest-outside-cycle.md: releaseLines.0.latestDate: 2026-01-15 is before the line's first release 2026-03-10. Fix: re-read the release date of the latest version [release-latest-in-cycle]",
    ]);
  });

  it('accepts latest versions of their own cycles', () => {
    expect(lintMessages('alpha', 'release-latest-in-cycle')).toEqual([]);
  });
});
