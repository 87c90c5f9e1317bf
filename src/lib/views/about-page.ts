import { features } from '../../schemas/features';
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
