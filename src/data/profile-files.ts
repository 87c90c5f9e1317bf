import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';

/*
 * Build-time file reading of the profiles, for the link previews, the data
 * report, the Markdown link plugin and tests (Astro's content collection is
 * read in `collection.ts`).
 */

export interface ProfileFile {
  slug: string;
  path: string;
  frontmatter: Record<string, unknown>;
  /** The front matter as written, for checks of the text itself (YAML comments, dates). */
  frontmatterText: string;
  body: string;
}

/** Profile slugs in a folder: the file names of its `.md` files. */
export function listSlugs(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => basename(name, '.md'))
    .sort();
}

/** Reads every profile of a folder with the same front-matter parser Astro uses. */
export function readProfileFiles(dir: string): ProfileFile[] {
  return listSlugs(dir).map((slug) => {
    const path = join(dir, `${slug}.md`);
    const { frontmatter, content, rawFrontmatter } = parseFrontmatter(readFileSync(path, 'utf8'));
    return { slug, path, frontmatter, frontmatterText: rawFrontmatter, body: content };
  });
}
