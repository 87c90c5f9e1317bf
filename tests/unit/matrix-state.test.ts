import { describe, expect, it } from 'vitest';
import { parseMatrixState, serializeMatrixState, sortRows, type MatrixRow } from '../../src/lib/matrix-state';

const rows: MatrixRow[] = [
  { name: 'Gamma', levels: { orm: 'none', csrf: 'built-in' } },
  { name: 'alpha', levels: { orm: 'community-package', csrf: 'built-in' } },
  { name: 'Beta', levels: { orm: 'built-in' } },
  { name: 'Delta', levels: { orm: 'official-package', csrf: 'official-package' } },
];
const names = (list: MatrixRow[]) => list.map((r) => r.name);

describe('the feature matrix state', () => {
  it('round-trips through the URL, keeping catalogue order and dropping unknown values', () => {
    const state = parseMatrixState('?language=Go&kind=framework&features=csrf,orm,teleport&sort=orm');
    // orm comes before csrf in the catalogue.
    expect(state).toEqual({ language: 'Go', kind: 'framework', features: ['orm', 'csrf'], sort: 'orm' });
    expect(serializeMatrixState(state)).toBe('language=Go&kind=framework&features=orm,csrf&sort=orm');
    expect(parseMatrixState('?sort=teleport')).toEqual({ language: '', kind: '', features: [], sort: 'name' });
    expect(serializeMatrixState(parseMatrixState(''))).toBe('');
  });

  it('sorts by name, by one feature (built in first, unknown last) and by totals, ties by name', () => {
    const base = parseMatrixState('');
    expect(names(sortRows(rows, base))).toEqual(['alpha', 'Beta', 'Delta', 'Gamma']);
    expect(names(sortRows(rows, { ...base, sort: 'orm' }))).toEqual(['Beta', 'Delta', 'alpha', 'Gamma']);
    // csrf: Beta has no statement (unknown) and comes last.
    expect(names(sortRows(rows, { ...base, sort: 'csrf' }))).toEqual(['alpha', 'Gamma', 'Delta', 'Beta']);
    // Over orm and csrf: Delta 2 built-in/official; Beta 1, Gamma 1; alpha 1 plus a community package.
    const total = sortRows(rows, { ...base, features: ['orm', 'csrf'], sort: 'total' });
    expect(names(total)).toEqual(['Delta', 'alpha', 'Beta', 'Gamma']);
  });
});
