import { describe, expect, it } from 'vitest';
import { rubricCoverage } from '../../src/lib/coverage';
import { isRubricComplete, rubricIndex, rubricLevels, rubricView, splitBorderline } from '../../src/lib/rubric';
import { features, type Feature, type FeatureRubric } from '../../src/schemas/features';
import { rubricPrinciples } from '../../src/schemas/rubric-principles';
import { supportLevels } from '../../src/schemas/support-levels';

const complete: FeatureRubric = {
  builtIn: 'Ships in core.',
  officialPackage: 'A package of the same organisation.',
  communityPackage: 'A maintained third-party package.',
  none: 'Nothing documented.',
  borderline: ['A starter outside the default → official-package'],
};
const feature = (rubric: FeatureRubric): Feature => ({
  key: 'x',
  name: 'X',
  category: 'data',
  description: 'd',
  rubric,
});

describe('the catalogue’s rubrics', () => {
  it.each(features.map((f) => [f.key, f] as const))('%s has a complete rubric', (_key, f) => {
    expect(isRubricComplete(f.rubric)).toBe(true);
  });

  it('the coverage the data report prints counts every feature', () => {
    expect(rubricCoverage()).toEqual({ withRubric: features.length, total: features.length, missing: [] });
  });

  it('cites only shared rules that exist', () => {
    const cited = features.flatMap((f) =>
      [...JSON.stringify(f.rubric).matchAll(/principles? (\d+)(?: and (\d+))?/g)].flatMap((m) =>
        m
          .slice(1)
          .filter((n) => n !== undefined)
          .map(Number),
      ),
    );
    expect(cited.length).toBeGreaterThan(0);
    for (const n of cited) expect(n).toBeLessThanOrEqual(rubricPrinciples.length);
  });
});

describe('isRubricComplete', () => {
  it('accepts a rubric with every level and a decided borderline case', () => {
    expect(isRubricComplete(complete)).toBe(true);
  });

  it.each([
    ['no rubric', undefined],
    ['an empty level', { ...complete, none: '  ' }],
    ['no borderline case', { ...complete, borderline: [] }],
    ['a borderline case without a decision', { ...complete, borderline: ['A starter outside the default'] }],
    ['a borderline case with an empty decision', { ...complete, borderline: ['A starter →  '] }],
  ])('rejects %s', (_what, rubric) => {
    expect(isRubricComplete(rubric)).toBe(false);
  });

  it('makes the coverage name the features whose rubric is incomplete', () => {
    const catalogue = [feature(complete), { ...feature({ ...complete, borderline: [] }), key: 'y' }];
    expect(rubricCoverage(catalogue)).toEqual({ withRubric: 1, total: 2, missing: ['y'] });
  });
});

describe('rubricView', () => {
  it('gives one rule per level in the order of the support levels, then the borderline cases split at the arrow', () => {
    const view = rubricView(complete);
    expect(view.levels.map((l) => l.level)).toEqual(supportLevels.filter((l) => l !== 'unknown'));
    expect(view.levels.map((l) => l.rule)).toEqual(rubricLevels.map(({ field }) => complete[field]));
    expect(view.borderline).toEqual([{ situation: 'A starter outside the default', decision: 'official-package' }]);
  });

  it('splits a borderline sentence at its first arrow only', () => {
    expect(splitBorderline('a → b → c')).toEqual({ situation: 'a', decision: 'b → c' });
  });
});

describe('rubricIndex', () => {
  it('lists every feature in catalogue order with its number of borderline cases', () => {
    expect(rubricIndex()).toEqual(
      features.map((f) => ({ key: f.key, name: f.name, borderlineCount: f.rubric.borderline.length })),
    );
  });
});
