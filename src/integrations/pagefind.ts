import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index of the finished site in `astro:build:done`.
 * Pagefind reports problems in `errors` instead of throwing, so any error
 * fails the build here rather than shipping a broken or partial index.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const errors: string[] = [];
        try {
          const { index, errors: createErrors } = await pagefind.createIndex({});
          errors.push(...createErrors);
          if (index) {
            const added = await index.addDirectory({
              path: outDir,
              glob: '{frameworks,features,compare/*-vs-*}/**/*.html',
            });
            errors.push(...added.errors);
            const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
            errors.push(...written.errors);
            logger.info(`indexed ${added.page_count} pages`);
          }
        } finally {
          await pagefind.close();
        }
        if (errors.length > 0) throw new Error(`Pagefind indexing failed:\n${errors.join('\n')}`);
      },
    },
  };
}
