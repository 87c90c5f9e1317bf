import {
  hasHighlightedSample,
  MIN_PROSE_WORDS,
  parseProse,
  proseWordCount,
  requiredSections,
  sectionHeadings,
} from '../../prose';
import type { Finding, ProfileCheck } from '../types';

export const proseSections: ProfileCheck = {
  name: 'prose-sections',
  rule: `Prose has the sections ${requiredSections.join(', ')} in order, at least ${MIN_PROSE_WORDS} words, and a code sample that names its language.`,
  scope: 'profile',
  severity: 'error',
  check: ({ body }) => {
    const tree = parseProse(body);
    const found = sectionHeadings(tree);
    const findings: Finding[] = [];
    if (found.join('|') !== requiredSections.join('|')) {
      findings.push({
        field: 'body',
        problem: `found the ## sections [${found.join(', ')}]`,
        fix: `use exactly these ## sections in this order: ${requiredSections.join(', ')}`,
      });
    }
    const words = proseWordCount(tree);
    if (words < MIN_PROSE_WORDS) {
      findings.push({
        field: 'body',
        problem: `${words} words of prose`,
        fix: `write at least ${MIN_PROSE_WORDS} words (code samples do not count)`,
      });
    }
    if (!hasHighlightedSample(tree)) {
      findings.push({
        field: 'body',
        problem: 'no fenced code sample with a language',
        fix: 'add a hello-world sample in a fenced block such as ```python',
      });
    }
    return findings;
  },
};
