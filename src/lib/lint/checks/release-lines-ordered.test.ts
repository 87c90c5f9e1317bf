import { describe, expect, it } from 'vitest';
import { lintMessages } from '../../../../tests/support/fixtures';

describe('release-lines-ordered', () => {
  it('rejects a line listed after an older one, and a cycle listed twice', () => {
    expect(lintMessages('unordered-release-lines', 'release-lines-ordered')).toEqual([
      'unordered-release-lines.md: releaseLines.1.cycle: cycle "2.1" comes after the older "2.0". Fix: list release lines newest first [release-lines-ordered]',
      'unordered-release-lines.md: releaseLines.2.cycle: cycle "2.1" is listed twice. Fix: keep one entry per cycle [release-lines-ordered]',
    ]);
  });

  it('accepts lines listed newest first', () => {
    expect(lintMessages('alpha', 'release-lines-ordered')).toEqual([]);
  });
});
