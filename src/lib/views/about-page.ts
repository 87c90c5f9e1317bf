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

/** What /about/'s coverage section counts: profiles per kind, languages, and the profiles not under active development. */
export function aboutCoverage(profiles: readonly Profile[]): {
  frameworks: number;
  platforms: number;
  languages: number;
  notActive: { slug: string; name: string; status: string }[];
} {
  return {
    frameworks: profiles.filter((p) => p.data.kind === 'framework').length,
    platforms: profiles.filter((p) => p.data.kind === 'platform').length,
    languages: languageGroups(profiles).length,
    notActive: byName(profiles.filter((p) => p.data.status.value !== 'active')).map((p) => ({
      slug: p.id,
      name: p.data.name,
      status: statuses[p.data.status.value].label,
    })),
  };
}
