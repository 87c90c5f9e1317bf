import { features, type FeatureKey } from '../../schemas/features';
import type { SupportLevel } from '../../schemas/support-levels';
import type { ProfileData } from '../../schemas/profile';
import { licenseLabel } from '../license';

/** "a, b and c"; long lists end in "and N more". */
export function listPhrase(items: readonly string[], max = 5): string {
  const shown = items.length > max ? [...items.slice(0, max), `${items.length - max} more`] : [...items];
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
}

/** What a summary reads of a profile: front matter and published records both have it. */
type Summarised = Pick<ProfileData, 'name' | 'license' | 'firstRelease'> & {
  features: Partial<Record<FeatureKey, { level: SupportLevel }>>;
};

const builtIn = (p: Summarised) => features.filter((f) => p.features[f.key]?.level === 'built-in').map((f) => f.name);

/** "Both" for two, "All 3" for more. */
const every = (n: number) => (n === 2 ? 'Both' : `All ${n}`);
/** Facts side by side: "A is X, B Y" for two, "A is X, B Y and C Z" for more. */
const sideBySide = (parts: readonly string[]) =>
  parts.length === 2 ? parts.join(', ') : listPhrase(parts, parts.length);

/**
 * A few plain sentences written from the data that open a comparison (a pair
 * page or the builder, two to four profiles): what all have built in, what
 * only one has, licenses and first releases.
 */
export function compareSummary(profiles: readonly Summarised[]): string[] {
  const built = profiles.map(builtIn);
  const all = built[0]?.filter((f) => built.every((list) => list.includes(f))) ?? [];
  const sentences: string[] = [];
  const n = profiles.length;
  sentences.push(
    all.length > 0
      ? `${every(n)} have built in: ${listPhrase(all)}.`
      : 'They have no feature of the catalogue built in in common.',
  );
  profiles.forEach((p, i) => {
    const only = built[i]!.filter((f) => built.every((list, j) => j === i || !list.includes(f)));
    if (only.length > 0) sentences.push(`Only ${p.name} has built in: ${listPhrase(only)}.`);
  });
  const licenses = profiles.map((p) => licenseLabel(p.license.value));
  sentences.push(
    new Set(licenses).size === 1
      ? `${every(n)} are licensed ${licenses[0] ?? ''}.`
      : `${sideBySide(profiles.map((p, i) => `${i === 0 ? `${p.name} is licensed` : p.name} ${licenses[i] ?? ''}`))}.`,
  );
  const byYear = [...profiles].sort((x, y) => x.firstRelease.value - y.firstRelease.value);
  const years = new Set(byYear.map((p) => p.firstRelease.value));
  sentences.push(
    years.size === 1
      ? `${every(n)} were first released in ${byYear[0]?.firstRelease.value ?? ''}.`
      : `${sideBySide(byYear.map((p, i) => `${p.name}${i === 0 ? ' was first released' : ''} in ${p.firstRelease.value}`))}.`,
  );
  return sentences;
}
