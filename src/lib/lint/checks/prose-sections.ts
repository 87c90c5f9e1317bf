import { hasHighlightedSample, MIN_PROSE_WORDS, proseWordCount, requiredSections, sectionHeadings } from '../../prose';
import type { LintCheck } from '../types';

export const proseSections: LintCheck = {
  name: 'prose-sections',
  rule: `Prose has the sections ${requiredSections.join(', ')} in order, at least ${MIN_PROSE_WORDS} words, and a code sample that names its language.`,
  run: (profiles) =>
    profiles.flatMap(({ file, body }) => {
      const found = sectionHeadings(body);
      const issues = [];
      if (found.join('|') !== requiredSections.join('|')) {
        issues.push({
          file,
          field: 'body',
          problem: `found the ## sections [${found.join(', ')}]`,
          fix: `use exactly these ## sections in this order: ${requiredSections.join(', ')}`,
        });
      }
      const words = proseWordCount(body);
      if (words < MIN_PROSE_WORDS) {
        issues.push({
          file,
          field: 'body',
          problem: `${words} words of prose`,
          fix: `write at least ${MIN_PROSE_WORDS} words (code samples do not count)`,
        });
      }
      if (!hasHighlightedSample(body)) {
        issues.push({
          file,
          field: 'body',
          problem: 'no fenced code sample with a language',
          fix: 'add a hello-world sample in a fenced block such as ```python',
        });
      }
      return issues;
    }),
};
