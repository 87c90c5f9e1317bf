import { categories, features } from '../../schemas/features';
import { keyFactList } from '../../schemas/published';
import { rubricPrinciples } from '../../schemas/rubric-principles';
import type { Profile } from '../profiles';
import { publishProfile } from './record';
import { compareText } from '../sort';

/** Bumped when a field of the published dataset changes meaning or shape. */
export const SCHEMA_VERSION = 1;

/**
 * The open dataset behind /data/frameworks.json. Deterministic: the same
 * content gives the same bytes (profiles by slug, fields in a fixed order, no
 * build timestamp). `facts` lists the key facts (field, anchor id, label) that
 * the profile page, the compare table and the wide CSV show; each feature
 * carries its rubric, and `rubricPrinciples` the shared rules it cites by number.
 */
export function dataset(profiles: readonly Profile[], profileUrl: (slug: string) => string) {
  return {
    schemaVersion: SCHEMA_VERSION,
    categories: categories.map((c) => ({ key: c.key, name: c.name })),
    features: features.map((f) => ({
      key: f.key,
      name: f.name,
      category: f.category,
      description: f.description,
      rubric: f.rubric,
    })),
    rubricPrinciples: rubricPrinciples.map((p, index) => ({ number: index + 1, title: p.title, rule: p.rule })),
    facts: keyFactList,
    profiles: [...profiles].sort((a, b) => compareText(a.id, b.id)).map((p) => publishProfile(p, profileUrl(p.id))),
  };
}

export type Dataset = ReturnType<typeof dataset>;
