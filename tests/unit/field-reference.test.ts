import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELDS_END, FIELDS_START, fieldReference } from '../../src/lib/field-reference';
import { kindSchemas } from '../../src/schemas/profile';

/** Table rows with cell padding removed (Prettier pads the columns) and the separator row dropped. */
const rows = (table: string) =>
  table
    .trim()
    .split('\n')
    .filter((line) => !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .split('|')
        .map((cell) => cell.trim())
        .join('|'),
    );

describe('content/README.md field reference', () => {
  const readme = readFileSync('content/README.md', 'utf8');
  const written = readme.slice(readme.indexOf(FIELDS_START) + FIELDS_START.length, readme.indexOf(FIELDS_END));

  it('is the table generated from the schema’s descriptions (run npm run docs:fields after changing the schema)', () => {
    expect(rows(written)).toEqual(rows(fieldReference()));
  });

  it('lists every front-matter field of every kind, each with a description', () => {
    const keys = new Set(Object.values(kindSchemas).flatMap((schema) => Object.keys(schema.shape)));
    const table = fieldReference();
    for (const key of keys) expect(table).toContain(`| \`${key}\` |`);
    expect(table).not.toMatch(/\| \| *$/m);
  });
});
