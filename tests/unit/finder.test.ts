import { describe, expect, it } from 'vitest';
import { defaultAnswers, parseAnswers, serializeAnswers, type Answers } from '../../src/lib/finder/answers';
import { supportMonthsLeft } from '../../src/lib/finder/finder-data';
import { scoreProfiles, weights, type FinderProfile } from '../../src/lib/finder/score';
import type { ReleaseLine } from '../../src/schemas/releases';

const base: FinderProfile = {
  slug: '',
  name: '',
  kind: 'framework',
  languages: ['Python'],
  license: 'MIT',
  architecture: 'micro',
  levels: {},
};
const p = (slug: string, change: Partial<FinderProfile>): FinderProfile => ({ ...base, slug, name: slug, ...change });
const answers = (change: Partial<Answers>): Answers => ({ ...defaultAnswers, ...change });

describe('finder scoring', () => {
  it('excludes by hard constraints (language, license, no-code) and says why', () => {
    const profiles = [
      p('py', {}),
      p('go', { languages: ['Go'] }),
      p('closed', { kind: 'platform', languages: [], license: 'proprietary' }),
      p('open-platform', { kind: 'platform', languages: [], license: 'Apache-2.0' }),
      // Source-available licenses restrict use: not open source, alone or in an OR with another such license.
      p('business-source', { kind: 'platform', languages: [], license: 'BUSL-1.1' }),
      p('dual-open', { kind: 'platform', languages: [], license: 'SSPL-1.0 OR AGPL-3.0-only' }),
    ];
    const result = scoreProfiles(profiles, answers({ languages: ['Python'], openSourceOnly: true }));
    // The platform states no languages: it stays in, after the profile in the chosen language.
    expect(result.matches.map((m) => [m.slug, m.languageUnknown])).toEqual([
      ['py', false],
      ['dual-open', true],
      ['open-platform', true],
    ]);
    expect(result.excluded.map((e) => [e.slug, e.reason])).toEqual([
      ['go', 'language'],
      ['closed', 'license'],
      ['business-source', 'license'],
    ]);
    expect(scoreProfiles(profiles, answers({ noCodeOk: false })).excluded.map((e) => e.reason)).toEqual([
      'no-code',
      'no-code',
      'no-code',
      'no-code',
    ]);
  });

  it('applies a language to platforms through their SDK and function languages', () => {
    const dart = p('dart-sdk', { kind: 'platform', languages: [], programmedIn: ['Dart', 'JavaScript'] });
    const go = p('go-fn', { kind: 'platform', languages: [], programmedIn: ['Go'] });
    const result = scoreProfiles([dart, go], answers({ languages: ['Go'] }));
    expect(result.matches.map((m) => m.slug)).toEqual(['go-fn']);
    expect(result.excluded.map((e) => [e.slug, e.reason])).toEqual([['dart-sdk', 'language']]);
  });

  it('puts a profile missing a must-have below every one that has them all', () => {
    const complete = p('complete', { levels: { orm: 'built-in' } });
    const richer = p('richer', {
      levels: { orm: 'none', openapi: 'built-in', validation: 'built-in', cli: 'built-in', 'admin-ui': 'built-in' },
    });
    const result = scoreProfiles(
      [richer, complete],
      answers({ must: ['orm'], nice: ['openapi', 'validation', 'cli', 'admin-ui'] }),
    );
    expect(result.matches.map((m) => m.slug)).toEqual(['complete']);
    expect(result.missing.map((m) => m.slug)).toEqual(['richer']);
    expect(result.missing[0]!.points).toBeGreaterThan(result.matches[0]!.points);
  });

  it('weighs a must-have more than a nice-to-have', () => {
    const a = p('a', { levels: { orm: 'built-in' } });
    const b = p('b', { levels: { openapi: 'built-in' } });
    const { matches, missing } = scoreProfiles([a, b], answers({ must: ['orm'], nice: ['openapi'] }));
    expect([...matches, ...missing].map((m) => m.slug)).toEqual(['a', 'b']);
    expect(matches[0]!.points).toBe(weights.must['built-in']);
  });

  it('counts an official package less than built in, and unknown never', () => {
    const builtIn = p('builtin', { levels: { websockets: 'built-in' } });
    const official = p('official', { levels: { websockets: 'official-package' } });
    const unknown = p('unknown', {});
    const result = scoreProfiles([unknown, official, builtIn], answers({ must: ['websockets'] }));
    const matches = [...result.matches, ...result.missing];
    expect(matches.map((m) => [m.slug, m.points])).toEqual([
      ['builtin', weights.must['built-in']],
      ['official', weights.must['official-package']],
      ['unknown', 0],
    ]);
    expect(matches[2]!.mustMissed).toEqual([{ key: 'websockets', name: 'WebSockets', level: 'unknown' }]);
  });

  it('is deterministic, breaking ties by name', () => {
    const profiles = [p('Zeta', {}), p('alpha', {}), p('Beta', {})];
    expect(scoreProfiles(profiles, answers({})).matches.map((m) => m.name)).toEqual(['alpha', 'Beta', 'Zeta']);
  });

  it('turns "static typing required" into a must-have and a purpose into nice-to-haves', () => {
    const typed = p('typed', { levels: { 'static-typing': 'built-in' } });
    const result = scoreProfiles([typed], answers({ typing: 'required', purpose: 'realtime' }));
    expect(result.matches[0]!.mustMet.map((o) => o.key)).toEqual(['static-typing']);
    expect(result.matches[0]!.niceMissed.map((o) => o.key)).toEqual(['websockets', 'async-io']);
    expect(result.maxPoints).toBe(weights.must['built-in'] + 2 * weights.nice['built-in']);
  });

  it('adds the style bonus to matching architectures only', () => {
    const micro = p('micro', { architecture: 'micro' });
    const mvc = p('mvc', { architecture: 'mvc' });
    const { matches } = scoreProfiles([micro, mvc], answers({ style: 'full' }));
    expect(matches.map((m) => [m.slug, m.points, m.percent])).toEqual([
      ['mvc', weights.style, 100],
      ['micro', 0, 0],
    ]);
  });
});

describe('finder support requirement', () => {
  const day = new Date('2026-12-02');
  const line = (cycle: string, change: Partial<ReleaseLine>): ReleaseLine => ({
    cycle,
    lts: false,
    source: 'https://example.org/',
    ...change,
  });

  it('counts whole months to the latest announced end of a supported line', () => {
    const lines = [
      line('3', { securityUntil: new Date('2027-12-01') }),
      line('2', { lts: true, securityUntil: new Date('2028-12-02') }),
      line('1', { securityUntil: new Date('2026-01-01') }),
    ];
    expect(supportMonthsLeft(lines, day)).toBe(24);
    expect(supportMonthsLeft([lines[0]!], day)).toBe(11);
    // Every line ended: none left. The newest line without an announced end: not known. No lines: not recorded.
    expect(supportMonthsLeft([lines[2]!], day)).toBe(0);
    expect(supportMonthsLeft([line('4', {}), ...lines], day)).toBeNull();
    expect(supportMonthsLeft([], day)).toBeUndefined();
  });

  it('excludes a profile whose announced support ends too soon, and ranks an unannounced end after known ones', () => {
    const profiles = [
      p('short', { supportMonths: 5 }),
      p('long', { supportMonths: 30 }),
      p('open-ended', { supportMonths: null }),
      p('unrecorded', {}),
    ];
    const result = scoreProfiles(profiles, answers({ supportMonths: 6 }));
    expect(result.excluded.map((e) => [e.slug, e.reason])).toEqual([['short', 'support']]);
    expect(result.matches.map((m) => [m.slug, m.supportUnknown])).toEqual([
      ['long', false],
      ['open-ended', true],
      ['unrecorded', true],
    ]);
    expect(scoreProfiles(profiles, answers({})).excluded).toEqual([]);
  });
});

describe('finder answers in the URL', () => {
  it('round-trip, leaving defaults out and ignoring unknown values', () => {
    const a = answers({
      // In the registry's order, which is the form's.
      languages: ['C#', 'Go'],
      purpose: 'api',
      must: ['orm'],
      nice: ['openapi'],
      style: 'minimal',
      typing: 'required',
      openSourceOnly: true,
      noCodeOk: false,
      supportMonths: 12,
    });
    const query = serializeAnswers(a);
    expect(query).toBe(
      'lang=C%23,Go&build=api&must=orm&nice=openapi&style=minimal&typing=required&license=open&nocode=no&support=12',
    );
    expect(parseAnswers(query)).toEqual(a);
    expect(serializeAnswers(defaultAnswers)).toBe('');
    expect(parseAnswers('lang=Cobol&must=teleport&build=rocket&style=huge&support=7')).toEqual(defaultAnswers);
  });

  it('drops a nice-to-have that is also a must-have', () => {
    expect(parseAnswers('must=orm&nice=orm,cli').nice).toEqual(['cli']);
  });
});
