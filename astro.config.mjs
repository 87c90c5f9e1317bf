// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { linkPreviews } from './src/integrations/previews/integration.ts';
import { siteOptions } from './src/integrations/site-options.ts';
import { markdownPlugins } from './src/plugins/index.ts';

const options = siteOptions(process.env);

export default defineConfig({
  site: options.site,
  base: options.base,
  outDir: options.outDir,
  cacheDir: options.cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 4 },
  markdown: {
    syntaxHighlight: 'prism',
    processor: unified(markdownPlugins({ base: options.base, contentDir: options.contentDir })),
  },
  integrations: [sitemap(), pagefindIndex(), linkPreviews({ contentDir: options.contentDir })],
});
