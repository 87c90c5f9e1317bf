import { describe, expect, it } from 'vitest';
import { normaliseBase, siteOptions } from '../../src/integrations/site-options';
import { hasHighlightedSample, headings, parseProse, proseWordCount, sectionHeadings } from '../../src/lib/prose';
import { compareCells } from '../../src/lib/sort';
import { joinBase } from '../../src/lib/urls';
import { isSpdxExpression } from '../../src/schemas/licenses';

describe('base path', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['atlas', '/atlas/'],
    ['/atlas', '/atlas/'],
    ['/docs/atlas/', '/docs/atlas/'],
  ])('normalises %j to %j', (raw, expected) => {
    expect(normaliseBase(raw)).toBe(expected);
  });
  it('joins paths under the base without doubling slashes', () => {
    expect(joinBase('/atlas/', '/about/')).toBe('/atlas/about/');
    expect(joinBase('/', 'about/')).toBe('/about/');
  });
  it('reads the content folder and output folder from the environment', () => {
    expect(siteOptions({ ATLAS_CONTENT: '/tmp/c', ATLAS_OUT_DIR: './out' })).toMatchObject({
      contentDir: '/tmp/c',
      outDir: './out',
      base: '/',
    });
  });
});

describe('prose helpers', () => {
  const body = parseProse(
    '## Overview\n\nTwo words.\n\n```python\n## not a heading\nprint(1)\n```\n\n## Hello world\n',
  );
  it('finds ## headings outside code blocks', () => {
    expect(sectionHeadings(body)).toEqual(['Overview', 'Hello world']);
  });
  it('counts prose words, not code or headings', () => {
    expect(proseWordCount(body)).toBe(2);
  });
  it('detects a fenced sample with a language', () => {
    expect(hasHighlightedSample(body)).toBe(true);
    expect(hasHighlightedSample(parseProse('```\nplain\n```'))).toBe(false);
  });
  it('gives heading ids as rehype-slug does: from the text content, repeats numbered', () => {
    const tree = parseProse('## [Security](https://example.org/s)\n\n### `Security`\n\n## Trade-offs & costs\n');
    expect(headings(tree).map((h) => h.id)).toEqual(['security', 'security-1', 'trade-offs--costs']);
  });
});

describe('compareCells', () => {
  it('sorts numbers numerically and text case-insensitively, in either direction', () => {
    expect(['10', '9', '100'].sort((a, b) => compareCells(a, b, true, 'ascending'))).toEqual(['9', '10', '100']);
    expect(['b', 'A', 'c'].sort((a, b) => compareCells(a, b, false, 'descending'))).toEqual(['c', 'b', 'A']);
  });
});

describe('SPDX expressions', () => {
  it('accepts known ids and OR/AND combinations, and rejects others', () => {
    expect(isSpdxExpression('MIT')).toBe(true);
    expect(isSpdxExpression('MIT OR Apache-2.0')).toBe(true);
    expect(isSpdxExpression('Apache 2')).toBe(false);
    expect(isSpdxExpression('MIT OR WTFPL')).toBe(false);
  });
});
