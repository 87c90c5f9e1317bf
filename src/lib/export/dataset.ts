import { categories, features } from '../../schemas/features';
import { keyFactList } from '../../schemas/published';
import type { Profile } from '../profiles';
import { publishProfile } from './record';

/** Bumped when a field of the published dataset changes meaning or shape. */
export const SCHEMA_VERSION = 1;

/**
 * The open dataset behind /data/frameworks.json. Deterministic: the same
 * content gives the same bytes (profiles by slug, fields in a fixed order, no
 * build timestamp). `facts` lists the key facts (field, anchor id, label) that
 * the profile page, the compare table and the wide CSV show.
 */
export function dataset(profiles: readonly Profile[], profileUrl: (slug: string) => string) {
  return {
    schemaVersion: SCHEMA_VERSION,
    categories: categories.map((c) => ({ key: c.key, name: c.name })),
    features: features.map((f) => ({ key: f.key, name: f.name, category: f.category, description: f.description })),
    facts: keyFactList,
    profiles: [...profiles].sort((a, b) => a.id.localeCompare(b.id)).map((p) => publishProfile(p, profileUrl(p.id))),
  };
}

export type Dataset = ReturnType<typeof dataset>;
