import { h, type Html } from './html/html';
import { profilePath } from './paths';
import { suggest, type Candidate } from './suggest';

/** Words a reader was after, from a missing page's path under the base: `/atlas/frameworks/djnago/` → "djnago". */
export function wordsFromPath(pathname: string, base: string): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const last = rest.split('/').filter(Boolean).pop() ?? '';
  return decodeURIComponent(last)
    .replace(/[-_]+/g, ' ')
    .replace(/\.html?$/, '')
    .trim();
}

/** "Did you mean" links among profile names (and aliases) for the missing path's words. */
export function didYouMeanHtml(words: string, profiles: readonly Candidate[], withBase: (p: string) => string): Html {
  const near = suggest(words, profiles, 5);
  return h(
    'p',
    {},
    near.length > 0 && [
      'Did you mean ',
      near.map((p, i) => [i > 0 && ', ', h('a', { href: withBase(profilePath(p.slug)) }, p.name)]),
      '?',
    ],
  );
}
