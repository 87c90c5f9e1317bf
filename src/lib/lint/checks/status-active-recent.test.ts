import { describe, expect, it } from 'vitest';
import { lintMessages } from '../../../../tests/support/fixtures';

describe('status-active-recent', () => {
  it('rejects "active" when the newest release is more than 12 months old', () => {
    expect(lintMessages('stale-active-status', 'status-active-recent')).toEqual([
      'stale-active-status.md: status.value: "active", but the newest release in releaseLines is of 2025-02-20, before 2025-06-01. Fix: add the latest release to its line, cite the commit history as the status source, or set the status the maintainers state [status-active-recent]',
    ]);
  });

  it('accepts the same releases within 12 months of the build date', () => {
    expect(lintMessages('stale-active-status', 'status-active-recent', new Date('2026-02-20T12:00:00Z'))).toEqual([]);
    expect(lintMessages('alpha', 'status-active-recent')).toEqual([]);
  });
});
