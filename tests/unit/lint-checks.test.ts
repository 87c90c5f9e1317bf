import { describe, expect, it } from 'vitest';
import { checks, lintProfiles } from '../../src/lib/lint/registry';
import { formatIssue } from '../../src/lib/lint/types';
import { lintCollection } from '../support/fixtures';

const today = new Date('2026-06-01T12:00:00Z');
const lint = (fixture: string) => lintProfiles(lintCollection(fixture), today).map(formatIssue);

// One invalid fixture per check, and the exact message a contributor reads.
const expected: Record<string, string[]> = {
  'anchors-unique': [
    'reserved-anchor.md: body: the heading "Security" would take the anchor #security, which the page already uses. Fix: reword the heading, e.g. "Security in practice" [anchors-unique]',
  ],
  'source-required': [
    'missing-source.md: features.orm.source: missing source for level "built-in". Fix: add the https URL of the page that states this support, or set the level to "unknown" [source-required]',
  ],
  'https-only': [
    'non-https-source.md: features.orm.source: expected an https URL; found "http://example.org/alpha/docs/orm". Fix: link the https version of the page [https-only]',
  ],
  'package-named': [
    'package-unnamed.md: features.orm.note: level "community-package" without a note. Fix: start the note with the name of the package, e.g. "Flask-SQLAlchemy" [package-named]',
  ],
  'verified-not-future': [
    'future-verified.md: verified: 2026-12-31 lies in the future (today is 2026-06-01). Fix: set verified to the date the facts were actually checked [verified-not-future]',
  ],
  'unique-name': [
    'beta.md: name: "Beta" is already used by duplicate-name.md. Fix: merge the two profiles or correct the name [unique-name]',
  ],
  'unique-repository': [
    'beta.md: repository: "https://example.org/beta/repo" is already used by duplicate-repository.md. Fix: merge the two profiles or correct the repository [unique-repository]',
  ],
  'alternatives-resolve': [
    'unknown-alternative.md: alternatives.1: no profile has the slug "gamma". Fix: use the file name (without .md) of another profile in the content folder [alternatives-resolve]',
  ],
  'aliases-unique': [
    'duplicate-alias.md: aliases.1: "beta" is the slug of another profile. Fix: remove the alias: the slug already leads to its profile [aliases-unique]',
  ],
  'release-lines-ordered': [
    'unordered-release-lines.md: releaseLines.1.cycle: cycle "2.1" comes after the older "2.0". Fix: list release lines newest first [release-lines-ordered]',
    'unordered-release-lines.md: releaseLines.2.cycle: cycle "2.1" is listed twice. Fix: keep one entry per cycle [release-lines-ordered]',
  ],
  'release-dates-ordered': [
    'support-ends-before-release.md: releaseLines.0.securityUntil: securityUntil 2026-09-10 is before bugfixUntil 2027-03-10. Fix: re-read the source: released ≤ bugfixUntil ≤ securityUntil [release-dates-ordered]',
  ],
  'release-dates-real': [
    'impossible-release-date.md: line 5 (released): 2026-02-30 is not a calendar day. Fix: correct the date; when a source gives only a month, use its last day and say so in note [release-dates-real]',
  ],
  'releases-not-future': [
    'future-release.md: releaseLines.0.latestDate: 2026-07-01 lies in the future (today is 2026-06-01). Fix: give the date of a release that has happened, or leave the field out [releases-not-future]',
  ],
  'release-latest-in-cycle': [
    'latest-outside-cycle.md: releaseLines.0.latest: "2.0.4" is not a version of cycle "2.1". Fix: give the newest version published in this line [release-latest-in-cycle]',
    "latest-outside-cycle.md: releaseLines.0.latestDate: 2026-01-15 is before the line's first release 2026-03-10. Fix: re-read the release date of the latest version [release-latest-in-cycle]",
  ],
  'release-after-first': [
    'line-before-first-release.md: releaseLines.0.released: released in 2008, before firstRelease 2010. Fix: re-read both sources and correct the one that is wrong [release-after-first]',
  ],
  'status-active-recent': [
    'stale-active-status.md: status.value: "active", but the newest release in releaseLines is of 2025-02-20, before 2025-06-01. Fix: add the latest release to its line, cite the commit history as the status source, or set the status the maintainers state [status-active-recent]',
  ],
  'lifecycle-https': [
    'non-https-release-source.md: releasePolicy.source: expected an https URL; found "http://example.org/alpha/support". Fix: link the https version of the page [lifecycle-https]',
    'non-https-release-source.md: releaseLines.0.source: expected an https URL; found "http://example.org/alpha/releases/2.1". Fix: link the https version of the page [lifecycle-https]',
  ],
  'prose-sections': [
    'missing-sections.md: body: found the ## sections [Overview]. Fix: use exactly these ## sections in this order: Overview, Strengths, Trade-offs, When to choose it, Hello world [prose-sections]',
    'missing-sections.md: body: 8 words of prose. Fix: write at least 400 words (code samples do not count) [prose-sections]',
    'missing-sections.md: body: no fenced code sample with a language. Fix: add a hello-world sample in a fenced block such as ```python [prose-sections]',
  ],
};

const fixtureOf: Record<string, string> = {
  'anchors-unique': 'reserved-anchor',
  'source-required': 'missing-source',
  'https-only': 'non-https-source',
  'package-named': 'package-unnamed',
  'verified-not-future': 'future-verified',
  'unique-name': 'duplicate-name',
  'unique-repository': 'duplicate-repository',
  'alternatives-resolve': 'unknown-alternative',
  'aliases-unique': 'duplicate-alias',
  'prose-sections': 'missing-sections',
  'release-lines-ordered': 'unordered-release-lines',
  'release-dates-ordered': 'support-ends-before-release',
  'release-dates-real': 'impossible-release-date',
  'releases-not-future': 'future-release',
  'release-latest-in-cycle': 'latest-outside-cycle',
  'release-after-first': 'line-before-first-release',
  'status-active-recent': 'stale-active-status',
  'lifecycle-https': 'non-https-release-source',
};

describe('data lint', () => {
  it('passes the valid fixtures', () => {
    expect(lint('alpha')).toEqual([]);
  });

  it('has a fixture and an expected message for every registered check', () => {
    expect(Object.keys(fixtureOf).sort()).toEqual(checks.map((c) => c.name).sort());
  });

  it.each(checks.map((c) => c.name))('%s reports its fixture with file, field and fix', (name) => {
    const found = lint(fixtureOf[name]!);
    expect(found.filter((line) => line.endsWith(`[${name}]`))).toEqual(expected[name]);
    expect(found.every((line) => line.endsWith(`[${name}]`))).toBe(true);
  });
});
