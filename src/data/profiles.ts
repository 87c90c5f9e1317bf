import { getCollection } from 'astro:content';
import { relatedPairs, type RelatedPair } from '../lib/compare/pairs';
import { byName, type Profile } from '../lib/profiles';

let profiles: Promise<Profile[]> | undefined;
let pairs: Promise<RelatedPair<Profile>[]> | undefined;

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
