import { z } from 'astro/zod';
import { featureKeys, type FeatureKey } from './features';
import { keyFacts, kindSchemas, type FrameworkData, type PlatformData } from './profile';
import { supportStatementSchema, type SupportStatement } from './support';

/**
 * The published record (/data/frameworks.json, the CSVs, /data/schema.json),
 * derived from the profile schema by one rule, so a field added to the profile
 * schema is published with no other edit:
 * - `slug` and `url` come first, then every field of any kind, in declaration order;
 * - dates become `YYYY-MM-DD` strings, defaults are applied;
 * - a field a kind lacks (or leaves out) is `null`, or `[]` for lists;
 * - `features` holds a statement for every catalogue key (`unknown` when not written).
 */

type Kind = keyof typeof kindSchemas;
const kinds = Object.keys(kindSchemas) as Kind[];

/** The published form of a value's schema: dates as ISO strings, defaults applied, recursively. */
function publishedSchema(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodDate) return z.iso.date();
  if (schema instanceof z.ZodDefault) return publishedSchema(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodOptional) return publishedSchema(schema.unwrap() as z.ZodType).optional();
  if (schema instanceof z.ZodArray) return z.array(publishedSchema(schema.element as z.ZodType));
  if (schema instanceof z.ZodObject) {
    const shape = Object.entries((schema as z.ZodObject<Record<string, z.ZodType>>).shape);
    return z.strictObject(Object.fromEntries(shape.map(([key, field]) => [key, publishedSchema(field)])));
  }
  return schema;
}

const withoutDescription = (schema: z.ZodType) => JSON.stringify({ ...z.toJSONSchema(schema), description: null });
const shapeOf = (kind: Kind): Record<string, z.ZodType> => kindSchemas[kind].shape;

/** Field names of every kind, in declaration order; a field only one kind has comes before the next field it shares. */
export const publishedFieldNames: readonly string[] = kinds.reduce<string[]>((names, kind) => {
  const own = Object.keys(shapeOf(kind));
  own.forEach((key, i) => {
    if (names.includes(key)) return;
    const next = own.slice(i + 1).find((later) => names.includes(later));
    names.splice(next === undefined ? names.length : names.indexOf(next), 0, key);
  });
  return names;
}, []);

/** Whether the published field is a list (published as `[]` where a kind lacks it). */
const isList = (schema: z.ZodType): boolean =>
  schema instanceof z.ZodArray || (schema instanceof z.ZodDefault && isList(schema.unwrap() as z.ZodType));

function publishedField(key: string): z.ZodType {
  if (key === 'kind') return z.enum(kinds).describe(shapeOf(kinds[0]!).kind!.description ?? '');
  if (key === 'features') {
    return z
      .record(z.enum(featureKeys), publishedSchema(supportStatementSchema))
      .describe(
        'A statement for every catalogue feature key: { level, note?, source?, since? }, level one of built-in, official-package, community-package, none, unknown; since { version, date?, source } where the project records when the feature arrived.',
      );
  }
  const variants = kinds.map((kind) => ({ kind, schema: shapeOf(kind)[key] }));
  const present = variants.flatMap(({ kind, schema }) => (schema ? [{ kind, schema }] : []));
  const types = present.map(({ schema }) =>
    publishedSchema(schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema),
  );
  const distinct = types.filter(
    (t, i) => types.findIndex((u) => withoutDescription(u) === withoutDescription(t)) === i,
  );
  const base = distinct.length === 1 ? distinct[0]! : z.union(distinct);
  const descriptions = [...new Set(present.map(({ schema }) => schema.description ?? ''))];
  const description =
    descriptions.length === 1
      ? descriptions[0]!
      : present.map(({ kind, schema }) => `${kind}: ${schema.description ?? ''}`).join(' ');
  const absentIn = variants.filter(({ schema }) => !schema || schema instanceof z.ZodOptional).map(({ kind }) => kind);
  if (absentIn.length === 0) return base.describe(description);
  if (isList(present[0]!.schema)) return base.describe(`${description} Empty for ${absentIn.join(' and ')}s.`);
  const missing = variants.filter(({ schema }) => !schema).map(({ kind }) => `${kind}s`);
  const nullWhen = missing.length > 0 ? `null for ${missing.join(' and ')}` : 'null when not given';
  return base.nullable().describe(`${description} ${nullWhen[0]!.toUpperCase()}${nullWhen.slice(1)}.`);
}

const derivedShape: Record<string, z.ZodType> = Object.fromEntries(
  publishedFieldNames.map((key) => [key, publishedField(key)]),
);

/** One profile as published in /data/frameworks.json; /data/schema.json is generated from it. */
export const publishedProfileSchema: z.ZodObject<Record<string, z.ZodType>> = z
  .strictObject({
    slug: z.string().describe('Stable identifier: the profile’s file name, also its URL segment.'),
    url: z.url().describe('Canonical URL of the profile page.'),
    ...derivedShape,
  })
  .meta({
    title: 'Backend Atlas profile',
    description: 'One framework or platform profile from /data/frameworks.json.',
  });

/** The published value of a front-matter value: dates as `YYYY-MM-DD`. */
type Encoded<T> = T extends Date
  ? string
  : T extends readonly (infer E)[]
    ? Encoded<E>[]
    : T extends object
      ? { [K in keyof T]: Encoded<T[K]> }
      : T;
type AnyKindData = FrameworkData | PlatformData;
type AllKeys = AnyKindData extends infer D ? (D extends unknown ? keyof D : never) : never;
type FieldOfAnyKind<K extends PropertyKey> = AnyKindData extends infer D
  ? D extends Record<K, infer V>
    ? V
    : never
  : never;
type PublishedOf<D> = { slug: string; url: string } & {
  [K in Exclude<keyof D, 'features'>]-?: Encoded<Exclude<D[K], undefined>> | (undefined extends D[K] ? null : never);
} & {
  [K in Exclude<AllKeys, keyof D>]: FieldOfAnyKind<K> extends readonly unknown[] ? [] : null;
} & { features: Record<FeatureKey, Encoded<SupportStatement>> };

/**
 * One published profile, typed by the same rule as `publishedProfileSchema`
 * (which is built at runtime, so TypeScript cannot infer it): a union by kind.
 */
export type PublishedProfile = PublishedOf<FrameworkData> | PublishedOf<PlatformData>;

/** Field names and descriptions of a published profile, in order, for /data/ and content/README.md. */
export function publishedFields(): { name: string; description: string }[] {
  return Object.entries(publishedProfileSchema.shape).map(([name, schema]) => ({
    name,
    description: schema.description ?? '',
  }));
}

/** A key fact: a published field shown on the profile page, in compare (unless `compare` is false) and in the wide CSV. */
export interface KeyFact {
  /** Published field name, e.g. `firstRelease`. */
  key: string;
  /** Stable anchor id, e.g. `fact-first-release`. */
  id: string;
  label: string;
  compare: boolean;
  /** Whether the value is a sourced fact `{ value, source, note? }`. */
  sourced: boolean;
}

/** The key facts in declaration order, from the fields registered in `keyFacts`. */
export const keyFactList: readonly KeyFact[] = publishedFieldNames.flatMap((key) => {
  const meta = kinds
    .map((kind) => shapeOf(kind)[key])
    .flatMap((schema) => (schema ? [keyFacts.get(schema)] : []))
    .find((m) => m !== undefined);
  if (!meta) return [];
  const id = `fact-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const field = derivedShape[key];
  const inner = field instanceof z.ZodNullable ? (field.unwrap() as z.ZodType) : field;
  const options = inner instanceof z.ZodUnion ? (inner.options as z.ZodType[]) : [inner];
  const sourced = options.every((o) => o instanceof z.ZodObject && 'source' in o.shape);
  return [{ key, id, label: meta.label, compare: meta.compare ?? true, sourced }];
});
