import type { Finding, ProfileCheck } from '../types';

/** Every string value of a profile that looks like a URL, with its dotted path. */
function urlStrings(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? [[path.join('.'), value]] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => urlStrings(v, [...path, String(i)]));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, v]) => urlStrings(v, [...path, key]));
  }
  return [];
}

export const httpsOnly: ProfileCheck = {
  name: 'https-only',
  rule: 'Every URL in the front matter (sources, website, repository, anything added later) uses https.',
  scope: 'profile',
  severity: 'error',
  check: ({ data }): Finding[] =>
    urlStrings(data)
      .filter(([, url]) => !url.toLowerCase().startsWith('https://'))
      .map(([field, url]) => ({
        field,
        problem: `expected an https URL; found "${url}"`,
        fix: 'link the https version of the page',
      })),
};
