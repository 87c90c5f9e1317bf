import { describe, expect, it } from 'vitest';
import { lintMessages } from '../../../../tests/support/fixtures';

describe('anchors-unique', () => {
  it('rejects a heading whose id is one of the page’s own anchors', () => {
    expect(lintMessages('reserved-anchor', 'anchors-unique')).toEqual([
      'reserved-anchor.md: body: the heading "Security" would take the anchor #security, which the page already uses. Fix: reword the heading, e.g. "Security in practice" [anchors-unique]',
    ]);
  });

  it('computes the id from the heading’s text, as rehype-slug does, so a linked heading collides too', () => {
    expect(lintMessages('linked-reserved-anchor', 'anchors-unique')).toEqual([
      'linked-reserved-anchor.md: body: the heading "Security" would take the anchor #security, which the page already uses. Fix: reword the heading, e.g. "Security in practice" [anchors-unique]',
    ]);
    expect(lintMessages('alpha', 'anchors-unique')).toEqual([]);
  });
});
