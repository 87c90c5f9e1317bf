import { describe, expect, it } from 'vitest';
import { lintMessages } from '../../../../tests/support/fixtures';

describe('front-matter-text', () => {
  it('rejects an unquoted value that YAML cut at " #", naming file, field and fix', () => {
    expect(lintMessages('cut-by-comment', 'front-matter-text')).toEqual([
      'cut-by-comment.md: features.routing.note: the unquoted value is cut at " #": YAML keeps "routing macros such as" and drops "#[get] on handlers" as a comment. Fix: write the whole value in double quotes [front-matter-text]',
    ]);
  });

  it('rejects a date that is not on the calendar, although YAML reads it as another day', () => {
    expect(lintMessages('impossible-date', 'front-matter-text')).toEqual([
      'impossible-date.md: verified: 2026-02-30 is not a calendar date written YYYY-MM-DD (YAML would turn it into another day). Fix: write the real date as YYYY-MM-DD, e.g. 2026-02-28 [front-matter-text]',
    ]);
  });

  it('checks release-line dates as it checks every other date', () => {
    expect(lintMessages('impossible-release-date', 'front-matter-text')).toEqual([
      'impossible-release-date.md: releaseLines.0.released: 2026-02-30 is not a calendar date written YYYY-MM-DD (YAML would turn it into another day). Fix: write the real date as YYYY-MM-DD, e.g. 2026-02-28 [front-matter-text]',
    ]);
  });

  it('accepts quoted values with " #", comment lines and real dates', () => {
    expect(lintMessages('alpha', 'front-matter-text')).toEqual([]);
    expect(lintMessages('future-verified', 'front-matter-text')).toEqual([]);
  });
});
