import { getCollection } from 'astro:content';
import { pairsBySlug, relatedPairs, type RelatedPair } from '../lib/compare/pairs';
import { languageGroups } from '../lib/languages';
import { byName, type Profile } from '../lib/profiles';

let profiles: Promise<Profile[]> | undefined;
let pairs: Promise<RelatedPair<Profile>[]> | undefined;
let pairIndex: Promise<Map<string, RelatedPair<Profile>[]>> | undefined;
let byLanguage: Promise<ReturnType<typeof languageGroups<Profile>>> | undefined;

/** Every profile, sorted by name; loaded once per build and shared by all pages. */
export function getProfiles(): Promise<Profile[]> {
  profiles ??= getCollection('frameworks').then((entries) => byName(entries));
  return profiles;
}

/** The related pairs that get compare pages, computed once per build (not once per page). */
export function getRelatedPairs(): Promise<RelatedPair<Profile>[]> {
  pairs ??= getProfiles().then((all) => relatedPairs(all));
  return pairs;
}

/** The related pairs of one profile (from an index built once). */
export async function getPairsOf(slug: string): Promise<RelatedPair<Profile>[]> {
  pairIndex ??= getRelatedPairs().then(pairsBySlug);
  return (await pairIndex).get(slug) ?? [];
}

/** Profiles grouped by language, computed once per build. */
export function getLanguageGroups(): Promise<ReturnType<typeof languageGroups<Profile>>> {
  byLanguage ??= getProfiles().then((all) => languageGroups(all));
  return byLanguage;
}
