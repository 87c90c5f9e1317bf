/**
 * Site-internal URLs under the configured base path. Vite inlines
 * `import.meta.env.BASE_URL` into pages and client bundles alike; it always
 * ends in "/" (trailingSlash: 'always').
 */
export const BASE = import.meta.env.BASE_URL;

/** Joins a site path to a base path (kept apart from `withBase` so it can be tested for any base). */
export function joinBase(base: string, path = ''): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** A site-internal URL under this build's base path. */
export const withBase = (path = ''): string => joinBase(BASE, path);
