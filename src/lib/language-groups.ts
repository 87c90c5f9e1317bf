import { languages, type LanguageName } from '../schemas/languages';
import { byName, languagesOf, type Profile } from './profiles';

/** Languages that at least one profile lists, in registry order, each with its profiles by name. */
export function languageGroups<T extends Profile>(
  profiles: readonly T[],
): { language: LanguageName; slug: string; profiles: T[] }[] {
  return languages
    .map(({ name, slug }) => ({
      language: name,
      slug,
      profiles: byName(profiles.filter((p) => languagesOf(p.data).includes(name))),
    }))
    .filter((group) => group.profiles.length > 0);
}
