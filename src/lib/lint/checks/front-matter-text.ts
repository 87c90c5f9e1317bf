import { isMap, isPair, isScalar, isSeq, parseDocument, Scalar, visit, type Node } from 'yaml';
import type { Finding, ProfileCheck } from '../types';

/** A plain scalar YAML (as Astro reads it) takes for a date: js-yaml's timestamp pattern. */
const TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:[Tt ].*)?$/;

/** Whether `YYYY-MM-DD` names a day of the calendar (no 2026-02-30). */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Dotted field path of a node from the visitor's ancestors, e.g. `features.routing.note`. */
function fieldPath(ancestors: readonly unknown[], node: Node): string {
  const chain = [...ancestors, node];
  const parts: string[] = [];
  chain.forEach((item, i) => {
    const child = chain[i + 1];
    if (isPair(item) && isScalar(item.key)) parts.push(String(item.key.value));
    if (isSeq(item) && child !== undefined) parts.push(String(item.items.indexOf(child)));
  });
  return parts.join('.');
}

/**
 * Rules about the front matter as written, which the parsed data can no longer
 * show: an unquoted value followed by ` #` is cut there (YAML reads the rest
 * as a comment), and a date must be a real calendar date written YYYY-MM-DD
 * (YAML rolls `2026-02-30` over to 2 March).
 */
export const frontMatterText: ProfileCheck = {
  name: 'front-matter-text',
  rule: 'No unquoted value is followed by a # comment on its line, and every date is a real calendar date written YYYY-MM-DD.',
  scope: 'profile',
  severity: 'error',
  check: ({ frontmatterText }) => {
    const findings: Finding[] = [];
    visit(parseDocument(frontmatterText), {
      Scalar(_key, node, ancestors) {
        if (node.type !== Scalar.PLAIN || isMap(node)) return;
        const field = fieldPath(ancestors, node);
        const text = String(node.source ?? node.value);
        const inValue = ancestors.at(-1);
        const isValue = !isPair(inValue) || inValue.value === node;
        if (isValue && node.comment !== undefined && node.comment !== '') {
          findings.push({
            field,
            problem: `the unquoted value is cut at " #": YAML keeps "${text}" and drops "#${node.comment}" as a comment`,
            fix: 'write the whole value in double quotes',
          });
        }
        if (isValue && TIMESTAMP.test(text) && !isCalendarDate(text)) {
          findings.push({
            field,
            problem: `${text} is not a calendar date written YYYY-MM-DD (YAML would turn it into another day)`,
            fix: 'write the real date as YYYY-MM-DD, e.g. 2026-02-28',
          });
        }
      },
    });
    return findings;
  },
};
