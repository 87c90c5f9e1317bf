/** Site paths relative to the base (no base applied: `withBase` in `urls.ts` adds it), usable in any runtime. */
export const profilePath = (slug: string) => `frameworks/${slug}/`;
export const languagePath = (slug: string) => `languages/${slug}/`;
export const featurePath = (key: string) => `features/${key}/`;
/** Link-preview image of a profile (`<slug>`) or pair (`<a>-vs-<b>`) page. */
export const previewImagePath = (name: string) => `og/${name}.png`;
