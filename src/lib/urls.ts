/**
 * Site-internal URLs under the configured base path. Pages pass
 * `import.meta.env.BASE_URL` (always ending in "/" with trailingSlash: 'always').
 */
export function withBase(base: string, path = ''): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

export const profilePath = (slug: string) => `frameworks/${slug}/`;
export const languagePath = (slug: string) => `languages/${slug}/`;
export const featurePath = (key: string) => `features/${key}/`;
/** Link-preview image of a profile (`<slug>`) or pair (`<a>-vs-<b>`) page. */
export const previewImagePath = (name: string) => `og/${name}.png`;
