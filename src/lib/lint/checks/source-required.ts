import { featureEntries } from '../../support';
import type { LintCheck } from '../types';

export const sourceRequired: LintCheck = {
  name: 'source-required',
  rule: 'Every support level other than "unknown" cites a source.',
  run: (profiles) =>
    profiles.flatMap(({ file, data }) =>
      featureEntries(data)
        .filter(([, statement]) => statement.level !== 'unknown' && !statement.source)
        .map(([key, statement]) => ({
          file,
          field: `features.${key}.source`,
          problem: `missing source for level "${statement.level}"`,
          fix: 'add the https URL of the page that states this support, or set the level to "unknown"',
        })),
    ),
};
