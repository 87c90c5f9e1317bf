import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect, test } from './support/test';
import { features } from '../../src/schemas/features';
import { lifecycleNews } from '../../src/lib/lifecycle/feed-events';
import { loadProfiles } from './support/content';
import { attributeValues } from './support/html';
import { sitemapPaths } from './support/site';

const profiles = loadProfiles();

test('the published JSON validates against the published JSON Schema and holds every profile', async ({ request }) => {
  const schema = (await (await request.get('data/schema.json')).json()) as object;
  const data = (await (await request.get('data/frameworks.json')).json()) as {
    schemaVersion: number;
    profiles: { slug: string; features: Record<string, { level: string }> }[];
  };
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  for (const profile of data.profiles)
    expect.soft(validate(profile), `${profile.slug}: ${JSON.stringify(validate.errors)}`).toBe(true);
  expect(data.profiles.map((p) => p.slug)).toEqual(profiles.map((p) => p.slug).sort());
  // Each profile's own file is the same record, for reusers (and the compare builder) that need one profile.
  for (const profile of data.profiles)
    expect
      .soft(await (await request.get(`data/frameworks/${profile.slug}.json`)).json(), profile.slug)
      .toEqual(profile);
  // A reuser reads the version from the file and its meaning from the data page: the two must agree.
  const dataPage = await (await request.get('data/')).text();
  const announced = /schemaVersion<\/code>\s*\(now (\d+)/.exec(dataPage)?.[1];
  expect(announced, 'the data page states the current schemaVersion').toBeDefined();
  expect(data.schemaVersion).toBe(Number(announced));
});

test('the CSV has one row per profile and feature, and its levels agree with the JSON', async ({ request }) => {
  const csv = await (await request.get('data/frameworks.csv')).text();
  const data = (await (await request.get('data/frameworks.json')).json()) as {
    profiles: { slug: string; features: Record<string, { level: string }> }[];
  };
  const lines = csv.split('\r\n').filter(Boolean);
  expect(lines).toHaveLength(1 + profiles.length * features.length);
  // Columns before the free-text note never need quoting: slug, name?, feature, category, level.
  for (const { slug, features: statements } of data.profiles) {
    for (const [key, { level }] of Object.entries(statements)) {
      expect
        .soft(
          lines.some((l) => l.startsWith(`${slug},`) && l.includes(`,${key},`) && l.includes(`,${level},`)),
          `${slug} ${key}`,
        )
        .toBe(true);
    }
  }
});

// That every sitemap URL answers 200 is checked with the rest of each page in pages.spec.ts.
test('robots.txt points to the sitemap, and the feed is Atom', async ({ request, baseURL }) => {
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
  expect(
    (
      await request.get(new URL(robots.split('Sitemap: ')[1]!.trim()).pathname.slice(new URL(baseURL!).pathname.length))
    ).status(),
  ).toBe(200);
  const feed = await (await request.get('feed.xml')).text();
  expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  // Premise changed by design (issue 17): lifecycle news joins one change entry per profile.
  const news = lifecycleNews(
    profiles.map(({ slug, data }) => ({ id: slug, data })),
    new Date(),
  );
  expect(feed.match(/#changes-/g)).toHaveLength(profiles.length);
  expect(feed.match(/<entry>/g)).toHaveLength(profiles.length + news.length);
});

test('profile and pair pages have a 1200×630 PNG preview image', async ({ request }) => {
  const pages = sitemapPaths().filter((p) => /^(frameworks\/[^/]+|compare\/.+-vs-.+)\/$/.test(p));
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect.soft(image, path).toBeDefined();
    if (!image) continue;
    const png = await (await request.get(new URL(image).pathname.replace(/^\//, ''))).body();
    expect.soft(png.subarray(1, 4).toString(), `${path}: PNG signature`).toBe('PNG');
    expect.soft([png.readUInt32BE(16), png.readUInt32BE(20)], `${path}: size`).toEqual([1200, 630]);
  }
  const profileHtml = await (await request.get(`frameworks/${profiles[0]!.slug}/`)).text();
  expect(attributeValues(profileHtml, 'type')).toContain('application/ld+json');
});
