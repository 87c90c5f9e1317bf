import { describe, expect, it } from 'vitest';
import { MAX_PAIRED_LANGUAGE_GROUP, pairSlug, pairsBySlug, relatedPairs } from '../../src/lib/compare/pairs';
import { parseSelection, selectionQuery } from '../../src/lib/compare/selection';
import { exactMatch } from '../../src/lib/suggest';
import { listPhrase, compareSummary } from '../../src/lib/compare/summary';
import { compareGroups } from '../../src/lib/compare/table';
import { publishProfile } from '../../src/lib/export/record';
import type { Profile } from '../../src/lib/profiles';
import { profileSchema, type ProfileInput } from '../../src/schemas/profile';
import { keyFactList } from '../../src/schemas/published';
import { fixtureSource } from '../support/fixtures';

function profile(id: string, change: Partial<ProfileInput>): Profile {
  return { id, data: profileSchema.parse({ ...fixtureSource('alpha').frontmatter, alternatives: [], ...change }) };
}

const django = profile('django', {
  name: 'Django',
  languages: ['Python'],
  firstRelease: { value: 2005, source: 'https://example.org/d' },
  license: { value: 'BSD-3-Clause', source: 'https://example.org/d' },
  features: {
    orm: { level: 'built-in', source: 'https://example.org/orm' },
    'admin-ui': { level: 'built-in', source: 'https://example.org/admin' },
  },
});
const flask = profile('flask', { name: 'Flask', languages: ['Python'] });
const rails = profile('rails', {
  name: 'Ruby on Rails',
  languages: ['Ruby'],
  alternatives: ['django'],
  firstRelease: { value: 2004, source: 'https://example.org/r' },
  features: { orm: { level: 'built-in', source: 'https://example.org/ar' } },
  releaseLines: [
    {
      cycle: '8.0',
      released: new Date('2024-11-07'),
      latest: '8.0.2',
      latestDate: new Date('2025-03-12'),
      source: 'https://example.org/r/8.0',
    },
  ],
});
const sinatra = profile('sinatra', { name: 'Sinatra', languages: ['Ruby'] });
const express = profile('express', { name: 'Express', languages: ['JavaScript'] });

describe('related pairs', () => {
  const pairs = relatedPairs([rails, django, express, flask, sinatra]);

  it('pairs the same primary language and listed alternatives, once each, slugs in alphabetical order', () => {
    expect(pairs.map((p) => [p.slug, p.reasons])).toEqual([
      ['django-vs-flask', ['same-language']],
      ['django-vs-rails', ['alternative']],
      ['rails-vs-sinatra', ['same-language']],
    ]);
  });

  it('leaves unrelated profiles without pairs, and indexes a profile’s pairs', () => {
    const index = pairsBySlug(pairs);
    expect(index.get('express')).toBeUndefined();
    expect(index.get('django')?.map((p) => p.slug)).toEqual(['django-vs-flask', 'django-vs-rails']);
  });

  it('grows linearly: a large language group gets no automatic pairs, only its alternatives', () => {
    const big = Array.from({ length: MAX_PAIRED_LANGUAGE_GROUP + 1 }, (_, i) =>
      profile(`go${i}`, { name: `Go ${i}`, languages: ['Go'], alternatives: i > 0 ? [`go${i - 1}`] : [] }),
    );
    expect(relatedPairs(big)).toHaveLength(MAX_PAIRED_LANGUAGE_GROUP);
    const small = big.slice(0, 4).map((p) => ({ ...p, data: { ...p.data, alternatives: [] } }));
    expect(relatedPairs(small)).toHaveLength(6);
  });

  it('has one canonical slug per pair', () => {
    expect(pairSlug('rails', 'django')).toBe(pairSlug('django', 'rails'));
  });
});

describe('the compare table', () => {
  const published = (p: Profile) => publishProfile(p, `https://atlas.example/frameworks/${p.id}/`);
  const groups = compareGroups([published(django), published(rails)], keyFactList);
  const row = (id: string) => groups.flatMap((g) => g.rows).find((r) => r.id === id);

  it('has the facts, then every feature grouped by category with stable anchors', () => {
    expect(groups.map((g) => g.id)).toEqual([
      'facts',
      'versions',
      'data',
      'web',
      'api',
      'security',
      'operations',
      'dx',
    ]);
    expect(row('feature-orm')?.cells.map((c) => c.level)).toEqual(['built-in', 'built-in']);
  });

  it('marks a row as different only when the values or levels differ', () => {
    expect(row('feature-orm')?.differs).toBe(false);
    expect(row('feature-admin-ui')?.differs).toBe(true);
    expect(row('fact-first-release')?.differs).toBe(true);
    expect(row('fact-kind')?.differs).toBe(false);
  });
});

describe('versions and support in the compare table', () => {
  const published = (p: Profile) => publishProfile(p, `https://atlas.example/frameworks/${p.id}/`);
  const cells = (id: string, ...ps: Profile[]) =>
    compareGroups(ps.map(published), keyFactList)
      .flatMap((g) => g.rows)
      .find((r) => r.id === id)?.cells;
  // Django here has alpha's lines (tests/fixtures/profiles/valid/alpha.md): 2.1 is LTS, newest first.
  const newest = django.data.releaseLines[0]!;
  const iso = (d: Date | undefined) => d?.toISOString().slice(0, 10);

  it('shows the newest line’s latest version with its date and source', () => {
    expect(cells('release-latest', django, rails)).toEqual([
      { text: `${newest.latest} (${iso(newest.latestDate)})`, source: newest.source },
      { text: '8.0.2 (2025-03-12)', source: 'https://example.org/r/8.0' },
    ]);
  });

  it('shows the newest LTS line with the end of its security support, or that there is none', () => {
    const lts = django.data.releaseLines.find((l) => l.lts)!;
    expect(cells('release-lts', django, rails)).toEqual([
      { text: `${lts.cycle}, security fixes until ${iso(lts.securityUntil)}`, source: lts.source },
      { text: 'no LTS line' },
    ]);
  });

  it('leaves the group out when no profile records release lines', () => {
    const bare = (id: string) => profile(id, { name: id, releaseLines: [] });
    const groups = compareGroups([published(bare('a')), published(bare('b'))], keyFactList);
    expect(groups.map((g) => g.id)).not.toContain('versions');
  });
});

describe('pair summary', () => {
  it('says what both have, what only one has, licenses and first releases', () => {
    expect(compareSummary([django.data, rails.data])).toEqual([
      'Both have built in: ORM.',
      'Only Django has built in: Admin interface.',
      'Django is licensed BSD-3-Clause, Ruby on Rails MIT.',
      'Ruby on Rails was first released in 2004, Django in 2005.',
    ]);
  });

  it('covers three or four profiles the same way', () => {
    const pallets = profile('pallets', {
      name: 'Flask',
      languages: ['Python'],
      firstRelease: { value: 2010, source: 'https://example.org/f' },
      license: { value: 'BSD-3-Clause', source: 'https://example.org/f' },
      features: { orm: { level: 'none', source: 'https://example.org/f' } },
    });
    expect(compareSummary([django.data, rails.data, pallets.data])).toEqual([
      'They have no feature of the catalogue built in in common.',
      'Only Django has built in: Admin interface.',
      'Django is licensed BSD-3-Clause, Ruby on Rails MIT and Flask BSD-3-Clause.',
      'Ruby on Rails was first released in 2004, Django in 2005 and Flask in 2010.',
    ]);
  });

  it('shortens long lists', () => {
    expect(listPhrase(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe('a, b, c, d, e and 2 more');
    expect(listPhrase(['a'])).toBe('a');
  });
});

describe('compare selection in the URL', () => {
  const known = new Set(['django', 'flask', 'rails', 'laravel', 'express']);

  it('keeps order, drops duplicates and anything past four, and names unknown slugs', () => {
    expect(parseSelection('?with=rails,django,nope,rails,flask,laravel,express', known)).toEqual({
      slugs: ['rails', 'django', 'flask', 'laravel'],
      unknown: ['nope'],
    });
    expect(selectionQuery(['rails', 'django'])).toBe('with=rails,django');
  });

  it('matches a typed name or slug, case-insensitively', () => {
    const list = [{ slug: 'rails', name: 'Ruby on Rails' }];
    expect(exactMatch('ruby on rails', list)?.slug).toBe('rails');
    expect(exactMatch('RAILS', list)?.slug).toBe('rails');
    expect(exactMatch('Rai', list)).toBeUndefined();
  });
});
