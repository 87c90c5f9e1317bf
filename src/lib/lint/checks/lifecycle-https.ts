import type { LintCheck } from '../types';

/** The sources of the lifecycle data (policy, lines, feature `since`), which `https-only` does not cover. */
export const lifecycleHttps: LintCheck = {
  name: 'lifecycle-https',
  rule: 'The sources of the release policy, of every release line and of every `since` use https.',
  run: (profiles) =>
    profiles.flatMap(({ file, data }) => {
      const urls: [string, string | undefined][] = [
        ['releasePolicy.source', data.releasePolicy?.source],
        ...data.releaseLines.map((line, i): [string, string] => [`releaseLines.${i}.source`, line.source]),
        ...Object.entries(data.features).map(([key, s]): [string, string | undefined] => [
          `features.${key}.since.source`,
          s?.since?.source,
        ]),
      ];
      return urls
        .filter((entry): entry is [string, string] => entry[1] !== undefined && new URL(entry[1]).protocol !== 'https:')
        .map(([field, url]) => ({
          file,
          field,
          problem: `expected an https URL; found "${url}"`,
          fix: 'link the https version of the page',
        }));
    }),
};
