import { features } from '../../schemas/features';
import { statuses } from '../../schemas/taxonomy';
import { languageGroups } from '../language-groups';
import { byName, type Profile } from '../profiles';
import { checks } from '../lint/registry';
import { synonyms } from '../search/synonyms';

/** The data checks /about/ lists: name, rule and whether a finding fails the build or only warns. */
export function aboutChecks(): { name: string; rule: string; warning: boolean }[] {
  return checks.map(({ name, rule, severity }) => ({ name, rule, warning: severity === 'warning' }));
}

/** The search synonyms /about/ lists, as “words” → feature name. */
export function aboutSynonyms(): string[] {
  return synonyms.map((s) => `“${s.words}” → ${features.find((f) => f.key === s.feature)?.name ?? s.feature}`);
}

const commit = (hash: string) => `https://github.com/TechEmpower/FrameworkBenchmarks/commit/${hash}`;

/**
 * Profiles that TechEmpower's FrameworkBenchmarks census listed until it removed them, with the removal
 * commit read in that repository's history: the evidence /about/ gives that they were widely used.
 */
export const censusRemovals = [
  { slug: 'kitura', date: '2024-05-06', source: commit('0ddbb87df5357c35266b03d9669427d42204b573') },
  { slug: 'lumen', date: '2025-03-03', source: commit('58bd8aa7176c1750ec6292c02a0de25674c29456') },
  { slug: 'martini', date: '2025-04-07', source: commit('4c41eed17553519d26f2be589889f7f4ee8712cf') },
  { slug: 'nancy', date: '2026-01-06', source: commit('54dc59b467f738e18a2243cf8d6e84ba849a7e8e') },
] as const;

/** What /about/'s coverage section counts: profiles per kind, languages, the profiles not under active development and those the census removed. */
export function aboutCoverage(profiles: readonly Profile[]): {
  frameworks: number;
  platforms: number;
  languages: number;
  notActive: { slug: string; name: string; status: string }[];
  removedFromCensus: { slug: string; name: string; date: string; source: string }[];
} {
  const bySlug = new Map(profiles.map((p) => [p.id, p]));
  return {
    frameworks: profiles.filter((p) => p.data.kind === 'framework').length,
    platforms: profiles.filter((p) => p.data.kind === 'platform').length,
    languages: languageGroups(profiles).length,
    notActive: byName(profiles.filter((p) => p.data.status.value !== 'active')).map((p) => ({
      slug: p.id,
      name: p.data.name,
      status: statuses[p.data.status.value].label,
    })),
    // Only those in the collection built (a benchmark builds synthetic content); the about test checks the real one.
    removedFromCensus: censusRemovals.flatMap((removal) => {
      const profile = bySlug.get(removal.slug);
      return profile ? [{ ...removal, name: profile.data.name }] : [];
    }),
  };
}
