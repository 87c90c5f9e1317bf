import { reservedProfileIds } from '../../anchors';
import { headings, parseProse } from '../../prose';
import type { ProfileCheck } from '../types';

export const anchorsUnique: ProfileCheck = {
  name: 'anchors-unique',
  rule: 'No prose heading takes an anchor the profile page already uses (facts, features, a feature category …).',
  scope: 'profile',
  severity: 'error',
  check: ({ body }) =>
    // Levels 2–4 get anchors (see src/plugins/heading-anchor.ts); ids are computed over the heading's text, as rehype-slug does.
    headings(parseProse(body), 2, 4)
      .filter(({ id }) => reservedProfileIds.includes(id))
      .map(({ text, id }) => ({
        field: 'body',
        problem: `the heading "${text}" would take the anchor #${id}, which the page already uses`,
        fix: 'reword the heading, e.g. "Security in practice"',
      })),
};
