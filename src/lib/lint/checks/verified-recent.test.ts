import { describe, expect, it } from 'vitest';
import { lintMessages } from '../../../../tests/support/fixtures';

describe('verified-recent', () => {
  it('warns (does not fail) when verified is more than 6 months before the build date', () => {
    expect(lintMessages('stale-verified', 'verified-recent')).toEqual([
      'stale-verified.md: verified: 2025-11-30 is more than 6 months before 2026-06-01. Fix: re-check the facts against their sources (status against the latest release first) and set verified to that date [verified-recent, warning]',
    ]);
  });

  it('is quiet at exactly 6 months and for recent dates', () => {
    expect(lintMessages('stale-verified', 'verified-recent', new Date('2026-05-30T12:00:00Z'))).toEqual([]);
    expect(lintMessages('alpha', 'verified-recent')).toEqual([]);
  });
});
