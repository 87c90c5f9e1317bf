import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Paths of every page in a build, relative to the base path (e.g.
 * `frameworks/django/`), read from the sitemap the build wrote. Tests are
 * generated from it, so a new page type is covered without editing tests.
 */
export function sitemapPaths(outDir = 'dist'): string[] {
  const index = readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.split('/').pop()!);
  const urls = sitemaps.flatMap((file) =>
    [...readFileSync(join(outDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  const base = urls.reduce((shortest, url) => (url.length < shortest.length ? url : shortest));
  return urls.map((url) => url.slice(base.length)).sort();
}

/**
 * The page type of a sitemap path: "home", "pair" for /compare/a-vs-b/, else
 * the first segment, with "/<item>" for the pages under it (`frameworks/<item>`).
 */
export function pageType(path: string): string {
  if (path === '') return 'home';
  if (/^compare\/.+-vs-/.test(path)) return 'pair';
  const segments = path.split('/');
  return (segments[0] ?? '') + (segments.length > 2 ? '/<item>' : '/');
}
