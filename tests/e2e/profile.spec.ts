import { expect, test } from '@playwright/test';
import { features } from '../../src/schemas/features';
import { statementFor } from '../../src/lib/statements';
import { loadProfiles } from './support/content';
import { attributeValues } from './support/html';

// Each profile page shows exactly the support levels its data holds, with the
// source link wherever the data has one, and its license fact with its source.
test('every profile page shows each feature’s level and source from the data', async ({ request }) => {
  for (const { slug, data } of loadProfiles()) {
    const html = await (await request.get(`frameworks/${slug}/`)).text();
    expect.soft(html, slug).toMatch(new RegExp(`<h1[^>]*>${data.name}</h1>`));
    for (const feature of features) {
      const row = new RegExp(`<tr id="feature-${feature.key}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
      const statement = statementFor(data, feature.key);
      const levels = attributeValues(row, 'class').flatMap((c) => /^level level-(.+)$/.exec(c)?.[1] ?? []);
      expect.soft(levels, `${slug} ${feature.key}: level`).toEqual([statement.level]);
      const sources = attributeValues(row, 'href').filter((href) => href.startsWith('http'));
      expect.soft(sources, `${slug} ${feature.key}: source`).toEqual(statement.source ? [statement.source] : []);
    }
    const license = /<div id="fact-license"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
    expect.soft(attributeValues(license, 'href'), `${slug}: license source`).toContain(data.license.source);
  }
});
