import { getCollection } from 'astro:content';
import { byName, type Profile } from '../lib/profiles';

let cache: Promise<Profile[]> | undefined;

/** Every profile, sorted by name; loaded once per build and shared by all pages. */
export function getProfiles(): Promise<Profile[]> {
  cache ??= getCollection('frameworks').then((entries) => byName(entries));
  return cache;
}
