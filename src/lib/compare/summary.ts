import { features } from '../../schemas/features';
import type { ProfileData } from '../../schemas/profile';
import { licenseLabel } from '../license';
import { statementFor } from '../statements';

/** "a, b and c"; long lists end in "and N more". */
export function listPhrase(items: readonly string[], max = 5): string {
  const shown = items.length > max ? [...items.slice(0, max), `${items.length - max} more`] : [...items];
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
}

const builtIn = (p: ProfileData) =>
  features.filter((f) => statementFor(p, f.key).level === 'built-in').map((f) => f.name);

/**
 * A few plain sentences written from the data that open a pair page: what both
 * have built in, what only one has, licenses and first releases.
 */
export function pairSummary(a: ProfileData, b: ProfileData): string[] {
  const inA = builtIn(a);
  const inB = builtIn(b);
  const both = inA.filter((f) => inB.includes(f));
  const onlyA = inA.filter((f) => !inB.includes(f));
  const onlyB = inB.filter((f) => !inA.includes(f));
  const sentences: string[] = [];
  sentences.push(
    both.length > 0
      ? `Both have built in: ${listPhrase(both)}.`
      : 'They have no feature of the catalogue built in in common.',
  );
  if (onlyA.length > 0) sentences.push(`Only ${a.name} has built in: ${listPhrase(onlyA)}.`);
  if (onlyB.length > 0) sentences.push(`Only ${b.name} has built in: ${listPhrase(onlyB)}.`);
  const [la, lb] = [licenseLabel(a.license.value), licenseLabel(b.license.value)];
  sentences.push(la === lb ? `Both are licensed ${la}.` : `${a.name} is licensed ${la}, ${b.name} ${lb}.`);
  const [older, newer] = a.firstRelease.value <= b.firstRelease.value ? [a, b] : [b, a];
  sentences.push(
    older.firstRelease.value === newer.firstRelease.value
      ? `Both were first released in ${older.firstRelease.value}.`
      : `${older.name} was first released in ${older.firstRelease.value}, ${newer.name} in ${newer.firstRelease.value}.`,
  );
  return sentences;
}
