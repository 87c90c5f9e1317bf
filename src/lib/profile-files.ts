import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';

/** The content folder: `ATLAS_CONTENT` when set (benchmarks, fixtures), else `content/frameworks`. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env.ATLAS_CONTENT ?? 'content/frameworks';
}

export interface ProfileFile {
  slug: string;
  path: string;
  frontmatter: Record<string, unknown>;
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
    const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
    return { slug, path, frontmatter, body: content };
  });
}
