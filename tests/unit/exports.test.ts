import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { csvField, frameworksCsv } from '../../src/lib/export/csv';
import { dataset } from '../../src/lib/export/dataset';
import { changesFeed } from '../../src/lib/export/feed';
import { reviveProfile } from '../../src/lib/export/revive';
import { assertValidExport } from '../../src/lib/export/validate';
import type { Profile } from '../../src/lib/profiles';
import { reportUrl, editUrl } from '../../src/lib/repo-links';
import { profileJsonLd } from '../../src/lib/seo/json-ld';
import { exportedProfileSchema } from '../../src/schemas/export';
import { features } from '../../src/schemas/features';
import { profileSchema } from '../../src/schemas/profile';
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

describe('frameworks.json', () => {
  const data = dataset(profiles, url);

  it('lists profiles by slug with every catalogue feature, and validates against the generated JSON Schema', () => {
    expect(data.profiles.map((p) => p.slug)).toEqual(['alpha', 'beta']);
    expect(Object.keys(data.profiles[0]!.features)).toEqual(features.map((f) => f.key));
    expect(data.profiles[0]!.features.graphql).toEqual({ level: 'unknown' });
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(z.toJSONSchema(exportedProfileSchema));
    for (const profile of JSON.parse(JSON.stringify(data.profiles)) as unknown[]) {
      expect(validate(profile), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('is deterministic: the same content gives the same bytes, whatever the input order', () => {
    expect(JSON.stringify(dataset([...profiles].reverse(), url))).toBe(JSON.stringify(data));
  });

  it('fails the build when a profile does not match the schema', () => {
    const broken = { ...data.profiles[0], verified: '25/11/2026' };
    expect(() => assertValidExport([broken])).toThrow('alpha: verified:');
  });

  it('reads back into the shape the compare builder uses', () => {
    const revived = reviveProfile(data.profiles[0]!);
    expect(revived.name).toBe('Alpha');
    expect(revived.verified).toEqual(profiles[1]!.data.verified);
  });
});

describe('frameworks.csv', () => {
  it('quotes per RFC 4180 and parses back to the same cells', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    const rows = parseCsv(frameworksCsv(profiles));
    expect(rows[0]).toEqual(['slug', 'name', 'feature', 'category', 'level', 'note', 'source']);
    expect(rows).toHaveLength(1 + profiles.length * features.length);
    expect(rows[1]).toEqual([
      'alpha',
      'Alpha',
      'orm',
      'data',
      'community-package',
      'alpha-orm',
      'https://example.org/alpha-orm',
    ]);
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

  it('links to the profile’s file and pre-fills an issue naming the profile and field', () => {
    expect(editUrl('https://github.com/o/r', 'alpha')).toBe(
      'https://github.com/o/r/edit/main/content/frameworks/alpha.md',
    );
    const issue = new URL(
      reportUrl('https://github.com/o/r', { slug: 'alpha', name: 'Alpha' }, 'License', 'https://x/#fact-license'),
    );
    expect(issue.pathname).toBe('/o/r/issues/new');
    expect(issue.searchParams.get('title')).toBe('Wrong fact: Alpha — License');
    expect(issue.searchParams.get('body')).toContain('content/frameworks/alpha.md');
  });
});
