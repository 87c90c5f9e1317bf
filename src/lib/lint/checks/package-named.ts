import { featureEntries } from '../../support';
import { packageLevels } from '../../../schemas/support';
import type { LintCheck } from '../types';

export const packageNamed: LintCheck = {
  name: 'package-named',
  rule: 'An "official-package" or "community-package" level names the package in its note.',
  run: (profiles) =>
    profiles.flatMap(({ file, data }) =>
      featureEntries(data)
        .filter(([, statement]) => packageLevels.includes(statement.level) && !statement.note)
        .map(([key, statement]) => ({
          file,
          field: `features.${key}.note`,
          problem: `level "${statement.level}" without a note`,
          fix: 'start the note with the name of the package, e.g. "Flask-SQLAlchemy"',
        })),
    ),
};
