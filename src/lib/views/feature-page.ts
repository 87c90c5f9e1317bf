import { supportByLevel } from '../feature-support';
import type { Profile } from '../profiles';
import { categories, type features } from '../../schemas/features';

/** What /features/<key>/ shows: the feature's category name and its profiles grouped by level. */
export function featurePageModel(profiles: readonly Profile[], feature: (typeof features)[number]) {
  return {
    category: categories.find((c) => c.key === feature.category)?.name ?? feature.category,
    groups: supportByLevel(profiles, feature.key),
  };
}
