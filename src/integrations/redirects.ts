import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { profileSchema } from '../schemas/profile';
import { relatedPairs } from '../lib/compare/pairs';
import { readProfileFiles } from '../data/profile-files';
import { redirectHtml, redirectsFor } from '../lib/redirects';

/**
 * Writes the static redirect pages (reverse pairs, profile aliases) once the
 * site is built: plain files, so they stay out of the sitemap and the search
 * index, and work on any host.
 */
export function staticRedirects({ contentDir }: { contentDir: string }): AstroIntegration {
  let origin = '';
  let base = '/';
  return {
    name: 'atlas-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = config.site ?? '';
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const profiles = readProfileFiles(contentDir).map(({ slug, frontmatter }) => ({
          id: slug,
          data: profileSchema.parse(frontmatter),
        }));
        const redirects = redirectsFor(profiles, relatedPairs(profiles));
        for (const r of redirects) {
          const folder = join(fileURLToPath(dir), r.from);
          await mkdir(folder, { recursive: true });
          const target = `${base}${r.to}`;
          await writeFile(join(folder, 'index.html'), redirectHtml(new URL(target, origin).href, target, r.name));
        }
        logger.info(`wrote ${redirects.length} redirect pages`);
      },
    },
  };
}
