import { describe, expect, it } from 'vitest';
import { lintMessages } from '../../../../tests/support/fixtures';

describe('https-only', () => {
  it('rejects an http source of a feature', () => {
    expect(lintMessages('non-https-source', 'https-only')).toEqual([
      'non-https-source.md: features.orm.source: expected an https URL; found "http://example.org/alpha/docs/orm". Fix: link the https version of the page [https-only]',
    ]);
  });

  it('walks every value, not a list of URL fields', () => {
    expect(lintMessages('http-notable-user', 'https-only')).toEqual([
      'http-notable-user.md: notableUsers.0.source: expected an https URL; found "http://example.org/alpha/users". Fix: link the https version of the page [https-only]',
    ]);
    expect(lintMessages('non-https-release-source', 'https-only')).toEqual([
      'non-https-release-source.md: releasePolicy.source: expected an https URL; found "http://example.org/alpha/support". Fix: link the https version of the page [https-only]',
      'non-https-release-source.md: releaseLines.0.source: expected an https URL; found "http://example.org/alpha/releases/2.1". Fix: link the https version of the page [https-only]',
    ]);
    expect(lintMessages('alpha', 'https-only')).toEqual([]);
  });
});
