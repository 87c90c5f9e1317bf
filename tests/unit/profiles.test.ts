import { describe, expect, it } from 'vitest';
import { factRows } from '../../src/lib/facts';
import { publishProfile } from '../../src/lib/export/record';
import { keyFactList } from '../../src/schemas/published';
import { overviewRows } from '../../src/lib/overview';
import { languageGroups } from '../../src/lib/language-groups';
import { builtInCount, byName, sameLanguagePeers, type Profile } from '../../src/lib/profiles';
import { statementFor } from '../../src/lib/statements';
import { profileSchema, type ProfileInput } from '../../src/schemas/profile';
import { fixtureSource } from '../support/fixtures';

/** A valid profile derived from the `alpha` fixture with some fields changed. */
function profile(id: string, change: Partial<ProfileInput>): Profile {
  return { id, data: profileSchema.parse({ ...fixtureSource('alpha').frontmatter, ...change }) };
}

const django = profile('django', { name: 'Django', languages: ['Python'] });
const flask = profile('flask', { name: 'flask', languages: ['Python'] });
const express = profile('express', { name: 'Express', languages: ['JavaScript', 'TypeScript'] });
const nest = profile('nestjs', { name: 'NestJS', languages: ['TypeScript'] });
const beta: Profile = { id: 'beta', data: profileSchema.parse(fixtureSource('beta').frontmatter) };

describe('byName', () => {
  it('sorts case-insensitively without changing the input', () => {
    const input = [nest, flask, express, django];
    expect(byName(input).map((p) => p.id)).toEqual(['django', 'express', 'flask', 'nestjs']);
    expect(input[0]).toBe(nest);
  });
});

describe('statementFor and builtInCount', () => {
  it('treats a feature the profile does not mention as unknown', () => {
    expect(statementFor(django.data, 'graphql')).toEqual({ level: 'unknown' });
  });
  it('counts only built-in statements', () => {
    // alpha: routing built-in, orm community-package.
    expect(builtInCount(django.data)).toBe(1);
  });
});

describe('sameLanguagePeers', () => {
  const groups = languageGroups([django, flask, express, nest, beta]);
  it('groups the other profiles by each shared language, excluding the profile itself', () => {
    expect(sameLanguagePeers(express, groups).map((g) => [g.language, g.profiles.map((p) => p.id)])).toEqual([
      ['TypeScript', ['nestjs']],
    ]);
    expect(sameLanguagePeers(django, groups).map((g) => g.profiles.map((p) => p.id))).toEqual([['flask']]);
  });
  it('lists at most `limit` peers per language and says how many there are', () => {
    const [python] = sameLanguagePeers(
      flask,
      languageGroups([django, flask, profile('fastapi', { name: 'FastAPI' })]),
      1,
    );
    expect(python).toMatchObject({ language: 'Python', total: 2 });
    expect(python?.profiles.map((p) => p.id)).toEqual(['django']);
  });
  it('gives a platform, which has no language, no peers', () => {
    expect(sameLanguagePeers(beta, groups)).toEqual([]);
  });
});

describe('overviewRows', () => {
  it('shows a platform without languages and with a readable license', () => {
    const [row] = overviewRows([beta]);
    expect(row).toMatchObject({
      name: 'Beta',
      kind: 'Platform',
      languages: '',
      license: 'Proprietary',
      firstRelease: 2015,
    });
  });
});

describe('factRows', () => {
  const rowsOf = (p: Profile) => factRows(publishProfile(p, `https://atlas.example/frameworks/${p.id}/`), keyFactList);
  it('lists the sourced facts of a framework with their sources', () => {
    const rows = rowsOf(django);
    expect(rows.map((r) => r.id)).toEqual([
      'fact-kind',
      'fact-languages',
      'fact-runtime',
      'fact-license',
      'fact-first-release',
      'fact-status',
      'fact-architecture',
      'fact-maintainer',
      'fact-website',
      'fact-repository',
    ]);
    expect(rows.find((r) => r.id === 'fact-license')).toMatchObject({
      value: 'MIT',
      source: django.data.license.source,
    });
    expect(rows.find((r) => r.id === 'fact-languages')?.value).toEqual([{ text: 'Python', path: 'languages/python/' }]);
  });
  it('gives a platform hosting instead of languages and runtime', () => {
    const ids = rowsOf(beta).map((r) => r.id);
    expect(ids).toContain('fact-hosting');
    expect(ids).not.toContain('fact-languages');
  });
});
