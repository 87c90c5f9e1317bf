import type { FeatureKey } from '../schemas/features';
import type { ProfileData } from '../schemas/profile';
import type { SupportLevel } from '../schemas/support-levels';
import type { SupportStatement } from '../schemas/support';

/** How each level is shown: a text label and a symbol of its own shape (not only a different fill), never colour alone. */
export const levelDisplay: Record<SupportLevel, { label: string; symbol: string; meaning: string }> = {
  'built-in': {
    label: 'Built-in',
    symbol: '✔',
    meaning: 'Part of the core distribution and documented in the official docs.',
  },
  'official-package': {
    label: 'Official package',
    symbol: '◆',
    meaning: 'A separate package maintained by the same project or organisation; the note names it.',
  },
  'community-package': {
    label: 'Community package',
    symbol: '○',
    meaning: 'A third-party package; the note names the most established one.',
  },
  none: {
    label: 'None',
    symbol: '✘',
    meaning: 'Not provided, and no established package fills the gap (or the feature does not apply).',
  },
  unknown: { label: 'Unknown', symbol: '?', meaning: 'Not verified yet. Never counted as support.' },
};

const UNKNOWN: SupportStatement = { level: 'unknown' };

/** The statement for a feature; a feature the profile does not mention is `unknown`. */
export function statementFor(data: Pick<ProfileData, 'features'>, key: FeatureKey): SupportStatement {
  return data.features[key] ?? UNKNOWN;
}
