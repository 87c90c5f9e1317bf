import { describe, expect, it } from 'vitest';
import { lintMessages } from '../../../../tests/support/fixtures';

describe('releases-not-future', () => {
  it('rejects a release dated after the build date', () => {
    expect(lintMessages('future-release', 'releases-not-future')).toEqual([
      'future-release.md: releaseLines.0.latestDate: 2026-07-01 lies in the future (today is 2026-06-01). Fix: give the date of a release that has happened, or leave the field out [releases-not-future]',
    ]);
  });

  it('accepts the same release once its day has come, and announced future ends', () => {
    expect(lintMessages('future-release', 'releases-not-future', new Date('2026-07-01T12:00:00Z'))).toEqual([]);
    expect(lintMessages('alpha', 'releases-not-future')).toEqual([]);
  });
});
