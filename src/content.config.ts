import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { assertLintClean } from './lib/lint/assert-clean';
import { contentDir } from './lib/profile-files';
import type { ProfileData } from './schemas/profile';
import { profileSchema } from './schemas/profile';

/** Profiles: the file name (without `.md`) is the slug, exactly as written. */
const profileFiles = glob({
  pattern: ['*.md', '!README.md'],
  base: contentDir(),
  generateId: ({ entry }) => entry.replace(/\.md$/, ''),
});

/**
 * The glob loader, followed by the data lint over the whole collection: rules
 * that span profiles (unique names, cross-references) fail the build here,
 * before any page renders.
 */
const frameworks = defineCollection({
  loader: {
    name: 'atlas-profiles',
    load: async (context) => {
      await profileFiles.load(context);
      assertLintClean(
        [...context.store.values()].map((entry) => ({
          slug: entry.id,
          file: entry.filePath ?? entry.id,
          data: entry.data as ProfileData,
          body: entry.body ?? '',
          ...(entry.filePath ? { text: readFileSync(entry.filePath, 'utf8') } : {}),
        })),
      );
    },
  },
  schema: profileSchema,
});

export const collections = { frameworks };
