import { describe, expect, it } from 'vitest';
import { facetOptions } from '../../src/lib/search/facet-options';
import { facetValues } from '../../src/lib/search/facet-values';
import { facetsNeedingOwnCounts, pagefindFilters, relaxations } from '../../src/lib/search/filters';
import { emptyState, isEmptyState, parseState, serializeState, toggleFilter } from '../../src/lib/search/state';
import { profileSchema } from '../../src/schemas/profile';
import { fixtureSource } from '../support/fixtures';

describe('search state in the URL', () => {
  it('reads words and comma-separated filters, ignoring unknown parameters and duplicates', () => {
    const state = parseState('?q=realtime%20api&language=Go&has=orm,websockets,orm&utm_source=x');
    expect(state.query).toBe('realtime api');
    expect(state.filters.language).toEqual(['Go']);
    expect(state.filters.has).toEqual(['orm', 'websockets']);
    expect(state.filters.kind).toEqual([]);
  });

  it('accepts repeated parameters as a plain form would send them', () => {
    expect(parseState('language=Go&language=Rust').filters.language).toEqual(['Go', 'Rust']);
  });

  it('writes a stable, readable query string that reads back to the same state', () => {
    const state = toggleFilter(
      toggleFilter({ ...emptyState(), query: 'c# api' }, 'has', 'orm', true),
      'language',
      'C#',
      true,
    );
    const query = serializeState(state);
    expect(query).toBe('q=c%23%20api&language=C%23&has=orm');
    expect(parseState(query)).toEqual(state);
  });

  it('knows an empty search', () => {
    expect(isEmptyState(parseState(''))).toBe(true);
    expect(isEmptyState(parseState('kind=platform'))).toBe(false);
  });
});

describe('Pagefind filters', () => {
  const state = parseState('language=Go,Rust&has=orm,websockets&kind=framework');

  it('ORs values within kind, language …, and ANDs the features', () => {
    expect(pagefindFilters(state)).toEqual({
      kind: { any: ['framework'] },
      language: { any: ['Go', 'Rust'] },
      has: { all: ['orm', 'websockets'] },
    });
  });

  it('can leave one facet out, to count that facet’s own values', () => {
    expect(pagefindFilters(state, 'language')).not.toHaveProperty('language');
    expect(facetsNeedingOwnCounts(state)).toEqual(['kind', 'language']);
  });

  it('offers each ticked value as a filter to drop when nothing matches', () => {
    const options = relaxations(state);
    expect(options.map((o) => `${o.facet}:${o.value}`)).toEqual([
      'kind:framework',
      'language:Go',
      'language:Rust',
      'has:orm',
      'has:websockets',
    ]);
    expect(options[3]?.state.filters.has).toEqual(['websockets']);
  });
});

describe('facet values of a profile', () => {
  const alpha = profileSchema.parse(fixtureSource('alpha').frontmatter);
  const beta = profileSchema.parse(fixtureSource('beta').frontmatter);

  it('files a profile under its facts and its first-party features', () => {
    // alpha: routing built-in, orm community-package.
    expect(facetValues(alpha)).toEqual({
      kind: ['framework'],
      language: ['Python'],
      license: ['MIT'],
      architecture: ['micro'],
      status: ['active'],
      has: ['routing'],
      offers: ['routing'],
    });
    expect(facetValues(beta).language).toEqual([]);
  });

  it('builds the checkboxes with labels and counts from the collection', () => {
    const groups = facetOptions([{ data: alpha }, { data: beta }]);
    const kind = groups.find((g) => g.name === 'kind');
    expect(kind?.options).toEqual([
      { value: 'framework', label: 'Framework', count: 1 },
      { value: 'platform', label: 'Platform', count: 1 },
    ]);
    expect(groups.find((g) => g.name === 'has')?.options.map((o) => o.label)).toEqual(['Routing', 'Authentication']);
  });
});
