/**
 * Build settings read from the environment, so CI, the base-path tests and
 * the benchmark can vary them without changing code.
 */
export interface SiteOptions {
  /** Canonical origin for absolute URLs (sitemap, canonical links). */
  site: string;
  /** Base path the site is served under, always with leading and trailing slash. */
  base: string;
  /** Where the build writes. */
  outDir: string;
  /** Astro's cache (content data store, preview staging): separate per build when builds run side by side. */
  cacheDir: string;
  /** Folder of profile Markdown files: `ATLAS_CONTENT` (benchmarks, fixtures), else `content/frameworks`. */
  contentDir: string;
  /** The repository on GitHub, for "edit this profile" and "report a wrong fact" links. */
  repoUrl: string;
}

/** Normalises a base path such as `atlas`, `/atlas` or `/atlas/` to `/atlas/`. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function siteOptions(env: Record<string, string | undefined>): SiteOptions {
  return {
    site: env.SITE_URL ?? 'https://backend-atlas.example',
    base: normaliseBase(env.BASE_PATH),
    outDir: env.ATLAS_OUT_DIR ?? './dist',
    cacheDir: env.ATLAS_CACHE_DIR ?? './node_modules/.astro',
    contentDir: env.ATLAS_CONTENT ?? 'content/frameworks',
    repoUrl: (env.REPO_URL ?? 'https://github.com/backend-atlas/backend-atlas').replace(/\/+$/, ''),
  };
}

/**
 * This build's settings: the one place that reads the environment. The
 * config, the content collection, pages and scripts import it instead of
 * reading `process.env`.
 */
export const buildOptions: SiteOptions = siteOptions(process.env);

/**
 * The build date at midnight UTC: what pages call "today" (timelines, support
 * phases, the feed), one value for the whole build, so two builds on the same
 * day write the same bytes.
 */
export const buildDay: Date = new Date(new Date().toISOString().slice(0, 10));
