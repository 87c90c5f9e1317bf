import { describe, expect, it } from 'vitest';
import { lintMessages } from '../../../../tests/support/fixtures';

describe('unique-name and unique-repository', () => {
  it('reports the second profile with a name or repository already used', () => {
    expect(lintMessages('duplicate-name', 'unique-name')).toEqual([
      'beta.md: name: "Beta" is already used by duplicate-name.md. Fix: merge the two profiles or correct the name [unique-name]',
    ]);
    expect(lintMessages('duplicate-repository', 'unique-repository')).toEqual([
      'beta.md: repository: "https://example.org/beta/repo" is already used by duplicate-repository.md. Fix: merge the two profiles or correct the repository [unique-repository]',
    ]);
    expect(lintMessages('alpha', 'unique-name')).toEqual([]);
  });
});
