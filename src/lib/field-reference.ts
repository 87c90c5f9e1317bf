import { z } from 'astro/zod';
import { kindSchemas } from '../schemas/profile';
import { publishedFieldNames } from '../schemas/published';

export const FIELDS_START = '<!-- fields:start (generated from src/schemas/profile.ts by `npm run docs:fields`) -->';
export const FIELDS_END = '<!-- fields:end -->';

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

/** The front-matter field reference of content/README.md, as a Markdown table built from the schema's descriptions. */
export function fieldReference(): string {
  const kinds = Object.entries(kindSchemas);
  const rows = publishedFieldNames.map((key) => {
    const inKinds = kinds.flatMap(([kind, schema]) => {
      const field = (schema.shape as Record<string, z.ZodType | undefined>)[key];
      if (!field) return [];
      const optional = field instanceof z.ZodOptional || field instanceof z.ZodDefault;
      return [{ kind, optional, description: field.description ?? '' }];
    });
    const kindText =
      inKinds.length === kinds.length && inKinds.every((k) => k.optional === inKinds[0]!.optional)
        ? `all${inKinds[0]!.optional ? ' (optional)' : ''}`
        : inKinds.map((k) => `${k.kind}${k.optional ? ' (optional)' : ''}`).join(', ');
    const descriptions = [...new Set(inKinds.map((k) => k.description))];
    const meaning =
      descriptions.length === 1 ? descriptions[0]! : inKinds.map((k) => `${k.kind}: ${k.description}`).join(' ');
    return `| \`${key}\` | ${kindText} | ${escapeCell(meaning)} |`;
  });
  return ['| field | kinds | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

/** `readme` with the text between the field-reference markers replaced by `table`. */
export function withFieldReference(readme: string, table: string): string {
  const start = readme.indexOf(FIELDS_START);
  const end = readme.indexOf(FIELDS_END);
  if (start === -1 || end === -1)
    throw new Error(`content/README.md: the markers ${FIELDS_START} … ${FIELDS_END} are missing`);
  return `${readme.slice(0, start + FIELDS_START.length)}\n\n${table}\n\n${readme.slice(end)}`;
}
