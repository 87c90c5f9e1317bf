import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSlug from 'rehype-slug';
import { listSlugs } from '../data/profile-files';
import { headingAnchorOptions } from './heading-anchor';
import { rehypeFocusableCode } from './rehype-focusable-code';
import { remarkAtlasLinks } from './remark-atlas-links';

/** The Markdown pipeline for profile prose. */
export function markdownPlugins(options: { base: string; contentDir: string }): UnifiedProcessorOptions {
  return {
    smartypants: false,
    remarkPlugins: [[remarkAtlasLinks, { base: options.base, slugs: listSlugs(options.contentDir) }]],
    rehypePlugins: [
      rehypeSlug,
      [rehypeAutolinkHeadings, headingAnchorOptions],
      [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
      rehypeFocusableCode,
    ],
  };
}
