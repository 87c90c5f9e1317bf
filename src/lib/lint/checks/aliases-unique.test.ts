import { describe, expect, it } from 'vitest';
import { lintMessages } from '../../../../tests/support/fixtures';

describe('aliases-unique', () => {
  it('rejects an alias that is another profile’s slug', () => {
    expect(lintMessages('duplicate-alias', 'aliases-unique')).toEqual([
      'duplicate-alias.md: aliases.1: "beta" is the slug of another profile. Fix: remove the alias: the slug already leads to its profile [aliases-unique]',
    ]);
    expect(lintMessages('alpha', 'aliases-unique')).toEqual([]);
  });
});
