import type { ProfileData } from '../../../schemas/profile';
import type { LintCheck } from '../types';

/** Every URL field of a profile, with its dotted path. */
function urlFields(data: ProfileData): [string, string][] {
  const urls: [string, string | undefined][] = [
    ['website', data.website],
    ['repository', data.repository],
    ['license.source', data.license.source],
    ['firstRelease.source', data.firstRelease.source],
    ['status.source', data.status.source],
    ['architecture.source', data.architecture.source],
    ['maintainer.source', data.maintainer.source],
    ...data.notableUsers.map((user, i): [string, string] => [`notableUsers.${i}.source`, user.source]),
    ...Object.entries(data.features).map(([key, s]): [string, string | undefined] => [
      `features.${key}.source`,
      s?.source,
    ]),
  ];
  if (data.kind === 'platform') urls.push(['hosting.source', data.hosting.source]);
  return urls.filter((entry): entry is [string, string] => entry[1] !== undefined);
}

export const httpsOnly: LintCheck = {
  name: 'https-only',
  rule: 'Every source, website and repository URL uses https.',
  run: (profiles) =>
    profiles.flatMap(({ file, data }) =>
      urlFields(data)
        .filter(([, url]) => new URL(url).protocol !== 'https:')
        .map(([field, url]) => ({
          file,
          field,
          problem: `expected an https URL; found "${url}"`,
          fix: 'link the https version of the page',
        })),
    ),
};
