import { getCollection, type CollectionEntry } from 'astro:content';
import { pairsBySlug, relatedPairs, type RelatedPair } from '../lib/compare/pairs';
import { languageGroups } from '../lib/language-groups';
import { byName, type Profile } from '../lib/profiles';
import { dataset, type Dataset } from '../lib/export/dataset';
import { profilePath } from '../lib/paths';
import { withBase } from '../lib/urls';
import type { PublishedProfile } from '../schemas/published';

let entries: Promise<CollectionEntry<'frameworks'>[]> | undefined;
let profiles: Promise<Profile[]> | undefined;
let pairs: Promise<RelatedPair<Profile>[]> | undefined;
let pairIndex: Promise<Map<string, RelatedPair<Profile>[]>> | undefined;
let published: Promise<Dataset> | undefined;
let publishedIndex: Promise<Map<string, PublishedProfile>> | undefined;
let byLanguage: Promise<ReturnType<typeof languageGroups<Profile>>> | undefined;

/** Every collection entry, sorted by name (for `render`); loaded once per build and shared by all pages. */
export function getEntries(): Promise<CollectionEntry<'frameworks'>[]> {
  entries ??= getCollection('frameworks').then((all) => byName(all));
  return entries;
}

/** Every profile, sorted by name. */
export function getProfiles(): Promise<Profile[]> {
  profiles ??= getEntries();
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

/** Canonical URL of a profile page. */
export const profileUrl = (slug: string): string => new URL(withBase(profilePath(slug)), import.meta.env.SITE).href;

/** The open dataset (/data/frameworks.json), built once per build. */
export function getDataset(): Promise<Dataset> {
  published ??= getProfiles().then((all) => dataset(all, profileUrl));
  return published;
}

/** One profile's published record, as the JSON carries it (for key facts and compare). */
export async function getPublished(slug: string): Promise<PublishedProfile> {
  publishedIndex ??= getDataset().then((d) => new Map(d.profiles.map((p) => [p.slug, p])));
  const record = (await publishedIndex).get(slug);
  if (!record) throw new Error(`No profile with the slug "${slug}".`);
  return record;
}
