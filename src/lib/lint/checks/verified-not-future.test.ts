import { describe, expect, it } from 'vitest';
import { lintMessages } from '../../../../tests/support/fixtures';

describe('verified-not-future', () => {
  it('rejects a verified date after the build date', () => {
    expect(lintMessages('future-verified', 'verified-not-future')).toEqual([
      'future-verified.md: verified: 2026-12-31 lies in the future (today is 2026-06-01). Fix: set verified to the date the facts were actually checked [verified-not-future]',
    ]);
    expect(lintMessages('alpha', 'verified-not-future')).toEqual([]);
  });
});
