import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, frameworksCsv, frameworksWideCsv } from '../../src/lib/export/csv';
import { dataset } from '../../src/lib/export/dataset';
import { changesFeed } from '../../src/lib/export/feed';
import { publishProfile } from '../../src/lib/export/record';
import type { Profile } from '../../src/lib/profiles';
import { reportUrl, editUrl } from '../../src/lib/repo-links';
import { profileJsonLd } from '../../src/lib/seo/json-ld';
import { features } from '../../src/schemas/features';
import { rubricPrinciples } from '../../src/schemas/rubric-principles';
import { profileSchema } from '../../src/schemas/profile';
import { keyFactList, publishedProfileSchema } from '../../src/schemas/published';
import { fixtureSource } from '../support/fixtures';

const profiles: Profile[] = ['beta', 'alpha'].map((id) => ({
  id,
  data: profileSchema.parse(fixtureSource(id).frontmatter),
}));
const url = (slug: string) => `https://atlas.example/frameworks/${slug}/`;

/** A minimal RFC 4180 reader, to check that the CSV reads back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (quoted && c === '"' && next === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && next === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('frameworks.json', () => {
  const data = dataset(profiles, url);
  const [alpha, beta] = data.profiles;
  const alphaData = profiles[1]!.data;
  const betaData = profiles[0]!.data;

  it('publishes each profile whole: every front-matter field, dates as YYYY-MM-DD, absent fields null or []', () => {
    expect(data.profiles.map((p) => p.slug)).toEqual(['alpha', 'beta']);
    const { features: alphaFeatures, verified, changes, releaseLines, ...alphaRest } = alphaData;
    const isoDates = <T extends object>(value: T) =>
      Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v instanceof Date ? iso(v) : v]));
    expect(alpha).toEqual({
      slug: 'alpha',
      url: url('alpha'),
      ...alphaRest,
      verified: iso(verified),
      changes: changes.map((c) => ({ date: iso(c.date), summary: c.summary })),
      releaseLines: releaseLines.map(isoDates),
      hosting: null,
      sdkLanguages: null,
      functionLanguages: null,
      features: Object.fromEntries(
        features.map((f) => {
          const { since, ...statement } = alphaFeatures[f.key] ?? { level: 'unknown' };
          return [f.key, since ? { ...statement, since: isoDates(since) } : statement];
        }),
      ),
    });
    expect(alpha?.features.routing.since).toEqual({
      version: '2.0',
      date: '2025-03-12',
      source: 'https://example.org/alpha/releases/2.0',
    });
    expect(beta).toMatchObject({
      kind: 'platform',
      languages: [],
      runtime: null,
      hosting: betaData.kind === 'platform' ? betaData.hosting : 'not a platform',
    });
  });

  it('validates against the published JSON Schema (ajv), and the schema rejects a wrong record', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(z.toJSONSchema(publishedProfileSchema));
    const json = JSON.parse(JSON.stringify(data.profiles)) as Record<string, unknown>[];
    for (const profile of json) expect(validate(profile), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...json[0], verified: '25/11/2026' })).toBe(false);
    expect(validate({ ...json[0], hosting: undefined })).toBe(false);
  });

  it('lists the key facts the pages show, in the schema’s order', () => {
    expect(data.facts.map((f) => f.key)).toEqual([
      'kind',
      'languages',
      'runtime',
      'hosting',
      'sdkLanguages',
      'functionLanguages',
      'license',
      'firstRelease',
      'status',
      'architecture',
      'maintainer',
      'website',
      'repository',
    ]);
  });

  it('publishes every catalogue feature with its rubric, and the shared rules it cites by number', () => {
    expect(data.features.map((f) => [f.key, f.rubric])).toEqual(features.map((f) => [f.key, f.rubric]));
    expect(data.rubricPrinciples.map((p) => p.number)).toEqual(rubricPrinciples.map((_, i) => i + 1));
  });

  it('is deterministic: the same content gives the same bytes, whatever the input order', () => {
    expect(JSON.stringify(dataset([...profiles].reverse(), url))).toBe(JSON.stringify(data));
  });

  it('fails the build when a profile does not match the published schema, naming profile and field', () => {
    const broken = { id: 'alpha', data: { ...alphaData, runtime: 42 } } as unknown as Profile;
    expect(() => publishProfile(broken, url('alpha'))).toThrow('alpha: runtime:');
  });
});

describe('frameworks.csv', () => {
  it('starts with a byte-order mark, quotes per RFC 4180 and parses back to the same cells', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    const text = frameworksCsv(dataset(profiles, url).profiles);
    expect(text.startsWith(BOM)).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(['slug', 'name', 'feature', 'category', 'level', 'note', 'source']);
    expect(rows).toHaveLength(1 + profiles.length * features.length);
    const orm = profiles[1]!.data.features.orm!;
    expect(rows[1]).toEqual(['alpha', 'Alpha', 'orm', 'data', orm.level, orm.note, orm.source]);
  });
});

describe('frameworks-wide.csv', () => {
  const { profiles: records, facts } = dataset(profiles, url);
  const text = frameworksWideCsv(records, facts);
  const [header, alphaRow, betaRow] = parseCsv(text.slice(1));
  const column = (row: string[] | undefined, name: string) => row?.[header!.indexOf(name)];

  it('has one row per profile with its key facts and one column per feature level', () => {
    expect(text.startsWith(BOM)).toBe(true);
    expect(header!.slice(0, 3)).toEqual(['slug', 'name', 'url']);
    expect(header!.slice(-features.length)).toEqual(features.map((f) => f.key));
    const alpha = profiles[1]!.data;
    expect(column(alphaRow, 'kind')).toBe('framework');
    expect(column(alphaRow, 'languages')).toBe(alpha.kind === 'framework' ? alpha.languages.join('; ') : '');
    expect(column(alphaRow, 'license')).toBe(alpha.license.value);
    expect(column(alphaRow, 'license_source')).toBe(alpha.license.source);
    expect(column(alphaRow, 'orm')).toBe(alpha.features.orm?.level);
    expect(column(alphaRow, 'graphql')).toBe('unknown');
    expect(column(betaRow, 'languages')).toBe('');
    expect(column(betaRow, 'hosting')).toBe(records[1]!.hosting?.value);
    expect(keyFactList.every((f) => header!.includes(f.key))).toBe(true);
  });
});

describe('feed.xml', () => {
  const xml = changesFeed(profiles, {
    feedUrl: 'https://atlas.example/feed.xml',
    homeUrl: 'https://atlas.example/',
    profileUrl: url,
    today: new Date('2026-06-01T00:00:00Z'),
  });
  const titles = [...xml.matchAll(/<title>(.*?)<\/title>/g)].map((m) => m[1]);

  // Premise changed by design (issue 17): lifecycle news joins the change entries.
  it('is an Atom feed with one change entry per profile, newest first, escaped', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(xml.match(/#changes-/g)).toHaveLength(2);
    expect(xml.indexOf('<title>Alpha: Facts')).toBeLessThan(xml.indexOf('<title>Beta:')); // same date: by slug
  });

  it('carries alpha’s lifecycle news of the last year, newest first', () => {
    // alpha (tests/fixtures/profiles/valid/alpha.md): 2.1 released 2026-03-10, 2.0's bug fixes ended
    // 2026-03-12, 1.9's security fixes ended 2026-03-01; nothing else ends within 90 days of 2026-06-01.
    expect(titles.filter((t) => /released|reached|support on/.test(t!))).toEqual([
      'Alpha 2.0: end of bug-fix support reached',
      'Alpha 2.1 released',
      'Alpha 1.9: end of security support reached',
    ]);
  });
});

describe('structured data', () => {
  it('describes a framework as source code and a platform as an application', () => {
    const [beta, alpha] = profiles;
    expect(profileJsonLd(alpha!.data, url('alpha'))).toMatchObject({
      '@type': 'SoftwareSourceCode',
      programmingLanguage: ['Python'],
      license: 'https://spdx.org/licenses/MIT.html',
      codeRepository: 'https://example.org/alpha/repo',
    });
    expect(profileJsonLd(beta!.data, url('beta'))).toMatchObject({
      '@type': 'SoftwareApplication',
      license: 'proprietary',
    });
  });

  it('links to the profile’s file and pre-fills an issue naming the profile, the section and each of its facts', () => {
    expect(editUrl('https://github.com/o/r', 'alpha')).toBe(
      'https://github.com/o/r/edit/main/content/frameworks/alpha.md',
    );
    const facts = [
      { label: 'License', value: 'MIT' },
      { label: 'Status', value: 'Active' },
    ];
    const issue = new URL(
      reportUrl('https://github.com/o/r', { slug: 'alpha', name: 'Alpha' }, 'Key facts', 'https://x/#facts', facts),
    );
    expect(issue.pathname).toBe('/o/r/issues/new');
    expect(issue.searchParams.get('title')).toBe('Wrong fact: Alpha — Key facts');
    const body = issue.searchParams.get('body') ?? '';
    expect(body).toContain('content/frameworks/alpha.md');
    expect(body).toContain('- [ ] License: MIT\n- [ ] Status: Active');
  });
});
