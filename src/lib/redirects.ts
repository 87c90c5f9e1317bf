import type { RelatedPair } from './compare/pairs';
import { h } from './html/html';
import { profilePath } from './paths';
import type { Profile } from './profiles';
import { cspDirectives } from './security-policy';

/** A forgiving URL: `from` leads to `to` (site paths, base-free). */
export interface Redirect {
  from: string;
  to: string;
  /** The target page's name, for the redirect page's title and link. */
  name: string;
}

/** Reverse pair URLs (`rails-vs-django`) lead to the canonical pair; each profile alias leads to its profile. */
export function redirectsFor(profiles: readonly Profile[], pairs: readonly RelatedPair<Profile>[]): Redirect[] {
  return [
    ...pairs.map((pair) => ({
      from: `compare/${pair.b.id}-vs-${pair.a.id}/`,
      to: `compare/${pair.slug}/`,
      name: `${pair.a.data.name} vs ${pair.b.data.name}`,
    })),
    ...profiles.flatMap((p) =>
      p.data.aliases.map((alias) => ({ from: profilePath(alias), to: profilePath(p.id), name: p.data.name })),
    ),
  ];
}

/**
 * A static redirect any host serves: a canonical link (absolute, so search
 * engines index the target), an immediate refresh and a plain link (both
 * host-relative, so they work wherever the site is served).
 */
export function redirectHtml(canonical: string, target: string, name: string): string {
  return `<!DOCTYPE html>${
    h(
      'html',
      { lang: 'en' },
      h(
        'head',
        {},
        h('meta', { charset: 'utf-8' }),
        // The site's policy (no script at all here), so hosts that send dist/_headers serve it unchanged.
        h('meta', { 'http-equiv': 'content-security-policy', content: cspDirectives.join('; ') }),
        h('meta', { name: 'referrer', content: 'no-referrer' }),
        h('title', {}, `${name} · Backend Atlas`),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('link', { rel: 'canonical', href: canonical }),
        h('meta', { name: 'robots', content: 'noindex' }),
        h('meta', { 'http-equiv': 'refresh', content: `0; url=${target}` }),
      ),
      h('body', {}, h('main', {}, h('p', {}, 'This page has moved to ', h('a', { href: target }, name), '.'))),
    ).value
  }\n`;
}
