import GithubSlugger from 'github-slugger';
import { reservedProfileIds } from '../../anchors';
import { headingTexts } from '../../prose';
import type { LintCheck } from '../types';

export const anchorsUnique: LintCheck = {
  name: 'anchors-unique',
  rule: 'No prose heading takes an anchor the profile page already uses (facts, features, a feature category …).',
  run: (profiles) =>
    profiles.flatMap(({ file, body }) => {
      const slugger = new GithubSlugger();
      // Levels 2–4 get anchors (see src/plugins/heading-anchor.ts).
      return headingTexts(body, 2, 4)
        .filter((text) => reservedProfileIds.includes(slugger.slug(text)))
        .map((text) => ({
          file,
          field: 'body',
          problem: `the heading "${text}" would take the anchor #${new GithubSlugger().slug(text)}, which the page already uses`,
          fix: 'reword the heading, e.g. "Security in practice"',
        }));
    }),
};
