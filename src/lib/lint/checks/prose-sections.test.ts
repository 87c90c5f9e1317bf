import { describe, expect, it } from 'vitest';
import { lintMessages } from '../../../../tests/support/fixtures';

describe('prose-sections', () => {
  it('names missing sections, short prose and a missing code sample', () => {
    expect(lintMessages('missing-sections', 'prose-sections')).toEqual([
      'missing-sections.md: body: found the ## sections [Overview]. Fix: use exactly these ## sections in this order: Overview, Strengths, Trade-offs, When to choose it, Hello world [prose-sections]',
      'missing-sections.md: body: 8 words of prose. Fix: write at least 400 words (code samples do not count) [prose-sections]',
      'missing-sections.md: body: no fenced code sample with a language. Fix: add a hello-world sample in a fenced block such as ```python [prose-sections]',
    ]);
    expect(lintMessages('alpha', 'prose-sections')).toEqual([]);
  });
});
