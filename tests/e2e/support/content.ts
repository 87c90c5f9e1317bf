import { contentDir, readProfileFiles } from '../../../src/lib/profile-files';
import { profileSchema, type ProfileData } from '../../../src/schemas/profile';

/** The real collection, parsed with the site's schema: tests derive expectations from it. */
export function loadProfiles(): { slug: string; data: ProfileData; body: string }[] {
  return readProfileFiles(contentDir()).map(({ slug, frontmatter, body }) => ({
    slug,
    data: profileSchema.parse(frontmatter),
    body,
  }));
}
