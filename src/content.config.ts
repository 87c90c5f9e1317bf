import { readFileSync } from 'node:fs';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { assertLintClean } from './lib/lint/assert-clean';
import { buildOptions } from './integrations/site-options';
import { bodyStartLine } from './lib/prose';
import type { ProfileData } from './schemas/profile';
import { profileSchema } from './schemas/profile';

/** Profiles: the file name (without `.md`) is the slug, exactly as written. */
const profileFiles = glob({
  pattern: ['*.md', '!README.md'],
  base: buildOptions.contentDir,
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
        [...context.store.values()].map((entry) => {
          // The file as written: for the rules YAML parsing hides (cut values, rolled-over dates) and for line numbers.
          const source = entry.filePath ? readFileSync(entry.filePath, 'utf8') : '';
          return {
            slug: entry.id,
            file: entry.filePath ?? entry.id,
            data: entry.data as ProfileData,
            frontmatterText: extractFrontmatter(source) ?? '',
            body: entry.body ?? '',
            bodyLine: bodyStartLine(source),
          };
        }),
      );
    },
  },
  schema: profileSchema,
});

export const collections = { frameworks };
