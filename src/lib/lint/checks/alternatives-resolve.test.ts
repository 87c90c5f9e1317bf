import { describe, expect, it } from 'vitest';
import { lintMessages } from '../../../../tests/support/fixtures';

describe('alternatives-resolve', () => {
  it('rejects a slug that names no profile', () => {
    expect(lintMessages('unknown-alternative', 'alternatives-resolve')).toEqual([
      'unknown-alternative.md: alternatives.1: no profile has the slug "gamma". Fix: use the file name (without .md) of another profile in the content folder [alternatives-resolve]',
    ]);
    expect(lintMessages('alpha', 'alternatives-resolve')).toEqual([]);
  });
});
