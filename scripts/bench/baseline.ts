import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A minimal Astro 7 site that renders the same Markdown, one page per
 * profile, with no schema and no extra logic: the yardstick for our build.
 */
export function writeBaselineSite(root: string, contentDir: string): void {
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'astro.config.mjs'), `export default { build: { format: 'directory' } };\n`);
  writeFileSync(
    join(root, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { pages: defineCollection({ loader: glob({ pattern: '*.md', base: ${JSON.stringify(contentDir)} }) }) };
`,
  );
  writeFileSync(
    join(root, 'src', 'pages', '[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { Content } = await render(Astro.props.entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{Astro.props.entry.id}</title></head><body><Content /></body></html>
`,
  );
}
