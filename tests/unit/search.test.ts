import { describe, expect, it } from 'vitest';
import { optionCounts } from '../../src/lib/search/counts';
import { describeRelaxation } from '../../src/lib/search/describe';
import { facetOptions, featureOptions } from '../../src/lib/search/facet-options';
import { facetValues, featureFilterValues, SUPPORTED_LTS } from '../../src/lib/search/facet-values';
import { countQueries, pagefindFilters, relaxations } from '../../src/lib/search/filters';
import { didYouMean, type ProfileName } from '../../src/lib/search/names';
import { editDistance } from '../../src/lib/suggest';
import { rankResults } from '../../src/lib/search/rank';
import {
  activeFilterCount,
  emptyState,
  isEmptyState,
  parseState,
  serializeState,
  toggleFeature,
  toggleFilter,
} from '../../src/lib/search/state';
import { expandSynonyms, featuresNamed, synonyms } from '../../src/lib/search/synonyms';
import { features } from '../../src/schemas/features';
import { profileSchema } from '../../src/schemas/profile';
import { fixtureSource } from '../support/fixtures';

describe('search state in the URL', () => {
  it('reads words, comma-separated filters and features with levels, ignoring unknown parts and repeats', () => {
    const state = parseState('?q=realtime%20api&language=Go&feature=orm:built-in,websockets,orm:any,nope&utm_source=x');
    expect(state.query).toBe('realtime api');
    expect(state.filters.language).toEqual(['Go']);
    expect(state.features).toEqual([
      { key: 'orm', level: 'built-in' },
      { key: 'websockets', level: 'official' },
    ]);
    expect(state.filters.kind).toEqual([]);
  });

  it('reads an unknown level as the default, built in or official package', () => {
    expect(parseState('feature=orm:sometimes').features).toEqual([{ key: 'orm', level: 'official' }]);
  });

  it('accepts repeated parameters as a plain form would send them', () => {
    expect(parseState('language=Go&language=Rust').filters.language).toEqual(['Go', 'Rust']);
  });

  it('writes a stable, readable query string that reads back to the same state, the default level left out', () => {
    let state = toggleFilter({ ...emptyState(), query: 'c# api' }, 'language', 'C#', true);
    state = toggleFeature(toggleFeature(state, 'orm', true), 'websockets', true, 'built-in');
    const query = serializeState(state);
    expect(query).toBe('q=c%23%20api&language=C%23&feature=orm,websockets:built-in');
    expect(parseState(query)).toEqual(state);
    expect(activeFilterCount(state)).toBe(3);
  });

  it('changes a ticked feature’s level in place and unticks it', () => {
    const state = toggleFeature(toggleFeature(emptyState(), 'orm', true), 'csrf', true);
    expect(toggleFeature(state, 'orm', true, 'any').features.map((c) => `${c.key}:${c.level}`)).toEqual([
      'orm:any',
      'csrf:official',
    ]);
    expect(toggleFeature(state, 'orm', false).features.map((c) => c.key)).toEqual(['csrf']);
  });

  it('knows an empty search', () => {
    expect(isEmptyState(parseState(''))).toBe(true);
    expect(isEmptyState(parseState('kind=platform'))).toBe(false);
    expect(isEmptyState(parseState('feature=orm'))).toBe(false);
  });
});

describe('links shared before feature levels', () => {
  it('read has= as built in and offers= as built in or official package', () => {
    expect(serializeState(parseState('has=orm,websockets&offers=csrf'))).toBe(
      'feature=orm:built-in,websockets:built-in,csrf',
    );
  });

  it('keep the stricter level when both name a feature, and work beside today’s form', () => {
    expect(parseState('offers=orm&has=orm').features).toEqual([{ key: 'orm', level: 'built-in' }]);
    expect(parseState('feature=orm:any&has=orm').features).toEqual([{ key: 'orm', level: 'any' }]);
  });
});

describe('Pagefind filters', () => {
  const state = parseState('language=Go,Rust&feature=orm,websockets:built-in&kind=framework');

  it('ORs values within a facet and ANDs the features at their levels', () => {
    expect(pagefindFilters(state)).toEqual({
      kind: { any: ['framework'] },
      language: { any: ['Go', 'Rust'] },
      feature: { all: ['orm:official', 'websockets:built-in'] },
    });
  });

  it('asks, per facet with ticked values, for what each other value would add, and per ticked feature for its levels', () => {
    const queries = countQueries(state);
    expect(queries.map((q) => ('facet' in q ? q.facet : q.feature))).toEqual(['kind', 'language', 'orm', 'websockets']);
    expect(queries[1]?.filters).toEqual({
      kind: { any: ['framework'] },
      language: { none: ['Go', 'Rust'] },
      feature: { all: ['orm:official', 'websockets:built-in'] },
    });
    expect(queries[2]?.filters.feature).toEqual({ all: ['websockets:built-in'] });
  });
});

describe('option counts', () => {
  const state = parseState('language=Go&feature=orm');
  const counts = optionCounts(state, 4, { feature: { 'csrf:official': 2 }, kind: { platform: 0 } }, [
    { query: { facet: 'language', filters: {} }, filters: { language: { Rust: 3 } } },
    { query: { feature: 'orm', filters: {} }, filters: { feature: { 'orm:any': 9, 'orm:built-in': 1 } } },
  ]);

  it('adds an OR value to its group: today’s results plus the ones it brings', () => {
    expect(counts.facet('language', 'Rust')).toBe(7);
    expect(counts.facet('language', 'Go')).toBe(4);
    expect(counts.facet('kind', 'platform')).toBe(0);
  });

  it('ANDs an unticked feature at the default level, and reads a ticked one’s levels without it', () => {
    expect(counts.feature('csrf')).toBe(2);
    expect(counts.feature('orm')).toBe(4);
    expect(counts.level('orm', 'any')).toBe(9);
    expect(counts.level('orm', 'official')).toBe(4);
  });

  it('leaves a count unknown when Pagefind did not report its group, never 0', () => {
    expect(counts.facet('license', 'MIT')).toBeUndefined();
    expect(counts.feature('graphql')).toBeUndefined();
    expect(counts.facet('language', 'Java')).toBeUndefined();
  });
});

describe('suggestions when nothing matches', () => {
  it('offers lowering each feature’s level and removing each filter, each as the state it leads to', () => {
    const options = relaxations(parseState('language=Go&feature=websockets:built-in'));
    expect(options.map((o) => describeRelaxation(o, 1))).toEqual([
      'Remove “Go” (language): 1 result',
      'Lower WebSockets to built in or official package: 1 result',
      'Lower WebSockets to any package (built in, official or community): 1 result',
      'Remove “WebSockets” (feature): 1 result',
    ]);
    expect(serializeState(options[1]!.state)).toBe('language=Go&feature=websockets');
    expect(serializeState(options[0]!.state)).toBe('feature=websockets:built-in');
  });
});

describe('synonyms', () => {
  it('searches a synonym as its feature’s name, whole words only, longest phrase first', () => {
    expect(expandSynonyms('Admin panel for Python').term).toBe('Admin interface for Python');
    expect(expandSynonyms('realtime').term).toBe('WebSockets');
    expect(expandSynonyms('job queue').replaced.map((r) => r.words)).toEqual(['job queue']);
    expect(expandSynonyms('queueing').term).toBe('queueing');
  });

  it('map only to catalogue features, each phrase once', () => {
    const keys = new Set<string>(features.map((f) => f.key));
    expect(synonyms.every((s) => keys.has(s.feature))).toBe(true);
    expect(new Set(synonyms.map((s) => s.words)).size).toBe(synonyms.length);
  });

  it('tells which features a query names', () => {
    expect(featuresNamed('WebSockets')).toEqual(['websockets']);
    expect(featuresNamed('orm and graphql')).toEqual(['orm', 'graphql']);
    expect(featuresNamed('django')).toEqual([]);
  });
});

describe('names: "Did you mean" and ranking', () => {
  const names: ProfileName[] = [
    { name: 'Django', slug: 'django', aliases: [] },
    { name: 'Ruby on Rails', slug: 'ruby-on-rails', aliases: ['rails'] },
    { name: 'Flask', slug: 'flask', aliases: [] },
    { name: 'Laravel', slug: 'laravel', aliases: [] },
  ];

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('djnago', 'django')).toBe(1);
    expect(editDistance('flask', 'flask')).toBe(0);
  });

  it('suggests the closest name for one misspelled word, not for names, short words or phrases', () => {
    expect(didYouMean(names, 'djnago')?.name).toBe('Django');
    expect(didYouMean(names, 'rials')?.name).toBe('Ruby on Rails');
    expect(didYouMean(names, 'rails')).toBeUndefined();
    expect(didYouMean(names, 'orm')).toBeUndefined();
    expect(didYouMean(names, 'djnago admin')).toBeUndefined();
  });

  const result = (title: string | undefined, strength = 0) => ({ title, strength });

  it('puts the page the query names first: a profile by name or alias, a pair in either order', () => {
    const results = [result('Django'), result('Django vs Laravel'), result('Laravel'), result('Ruby on Rails')];
    expect(rankResults(results, 'laravel vs django', names)[0]?.title).toBe('Django vs Laravel');
    expect(rankResults(results, 'rails', names)[0]?.title).toBe('Ruby on Rails');
    expect(rankResults(results, 'flask', names).map((r) => r.title)).toEqual(results.map((r) => r.title));
  });

  it('then orders by support for the named features, keeping Pagefind’s order among equals', () => {
    // Strength counts the minimum levels met: community 1, official 2, built in 3.
    const results = [
      result('Gin', 1),
      result('Hanami', 0),
      result('Django', 2),
      result('WebSockets'),
      result(undefined, 3),
    ];
    expect(rankResults(results, 'WebSockets', names).map((r) => r.title ?? 'not loaded')).toEqual([
      'WebSockets',
      'not loaded',
      'Django',
      'Gin',
      'Hanami',
    ]);
  });
});

describe('facet values of a profile', () => {
  const day = new Date('2026-12-01');
  const alpha = profileSchema.parse(fixtureSource('alpha').frontmatter);
  const beta = profileSchema.parse(fixtureSource('beta').frontmatter);

  it('files a profile under its facts, and each feature under every minimum level its support meets', () => {
    // alpha: routing built-in, orm community-package.
    expect(facetValues(alpha, day)).toEqual({
      kind: ['framework'],
      language: ['Python'],
      sdk: [],
      functions: [],
      license: ['MIT'],
      architecture: ['micro'],
      status: ['active'],
      // Its line 2.1 is LTS, with security fixes until 2028.
      lts: [SUPPORTED_LTS],
    });
    expect(featureFilterValues(alpha)).toEqual(['orm:any', 'routing:built-in', 'routing:official', 'routing:any']);
    expect(facetValues(beta, day).language).toEqual([]);
  });

  it('files a profile under LTS while a line it calls LTS is supported, and not once that line has ended', () => {
    const line = { cycle: '2.0', lts: true, securityUntil: new Date('2027-04-30'), source: 'https://example.org/' };
    const withLts = { ...alpha, releaseLines: [{ ...line, cycle: '3.0', lts: false }, line] };
    expect(facetValues(withLts, day).lts).toEqual([SUPPORTED_LTS]);
    expect(facetValues(withLts, new Date('2027-05-01')).lts).toEqual([]);
    expect(facetValues({ ...withLts, releaseLines: [{ ...line, lts: false }] }, day).lts).toEqual([]);
  });

  it('builds the checkboxes with labels and counts from the collection', () => {
    const groups = facetOptions([{ data: alpha }, { data: beta }], day);
    expect(groups.find((g) => g.name === 'kind')?.options).toEqual([
      { value: 'framework', label: 'Framework', count: 1 },
      { value: 'platform', label: 'Platform', count: 1 },
    ]);
    expect(groups.some((g) => g.name === 'sdk')).toBe(false);
    const orm = featureOptions([{ data: alpha }, { data: beta }]).find((f) => f.key === 'orm');
    expect(orm?.counts).toEqual({ 'built-in': 0, official: 0, any: 1 });
  });
});
