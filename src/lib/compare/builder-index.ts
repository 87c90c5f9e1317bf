import type { KeyFact, PublishedProfile } from '../../schemas/published';
import type { ProfileName } from '../search/names';

/** A profile as the compare builder knows it before it is picked: enough to suggest it and offer its alternatives. */
export interface BuilderEntry extends ProfileName {
  alternatives: string[];
}

/**
 * What /compare/ ships in the page: the key facts its table shows and every profile's names and
 * alternatives. A picked profile's whole record is fetched on its own from /data/frameworks/<slug>.json,
 * so the page never downloads the whole dataset to compare two to four profiles.
 */
export interface BuilderIndex {
  facts: readonly KeyFact[];
  profiles: BuilderEntry[];
}

export function builderIndex(facts: readonly KeyFact[], profiles: readonly PublishedProfile[]): BuilderIndex {
  return {
    facts,
    profiles: profiles.map((p) => ({
      slug: p.slug,
      name: p.name,
      aliases: [...(p.aliases ?? [])],
      alternatives: [...(p.alternatives ?? [])],
    })),
  };
}
