import { readProfileFiles } from '../../../src/data/profile-files';
import { buildOptions } from '../../../src/integrations/site-options';
import { profileSchema, type ProfileData } from '../../../src/schemas/profile';

/** The real collection, parsed with the site's schema: tests derive expectations from it. */
export function loadProfiles(): { slug: string; data: ProfileData; body: string }[] {
  return readProfileFiles(buildOptions.contentDir).map(({ slug, frontmatter, body }) => ({
    slug,
    data: profileSchema.parse(frontmatter),
    body,
  }));
}
