// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { linkPreviews } from './src/integrations/previews.ts';
import { siteOptions } from './src/integrations/site-options.ts';
import { markdownPlugins } from './src/plugins/index.ts';
import { cspDirectives, cspScriptSources } from './src/lib/security-policy.ts';

const options = siteOptions(process.env);

export default defineConfig({
  site: options.site,
  base: options.base,
  outDir: options.outDir,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 4 },
  markdown: {
    syntaxHighlight: 'prism',
    processor: unified(markdownPlugins({ base: options.base, contentDir: options.contentDir })),
  },
  // One policy for every page, emitted by Astro as a <meta> with the hashes of the scripts and styles it bundles
  // (src/lib/security-policy.ts); the security-headers integration repeats it in dist/_headers.
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: [...cspScriptSources] },
    },
  },
  integrations: [sitemap(), pagefindIndex(), linkPreviews({ contentDir: options.contentDir }), securityHeaders()],
});
