import type { Root, RootContent } from 'mdast';
import { parseProse } from '../../prose';
import type { ProfileCheck } from '../types';

/** URL schemes that run code or smuggle a document when a link or image is followed. */
const activeScheme = /^\s*(?:javascript|vbscript|data):/i;

interface Found {
  line: number;
  problem: string;
  fix: string;
}

function walk(node: Root | RootContent, found: Found[]): void {
  const line = node.position?.start.line ?? 0;
  if (node.type === 'html') {
    const tag = /^<\/?([a-z][\w-]*)/i.exec(node.value.trim())?.[1]?.toLowerCase();
    found.push({
      line,
      problem: `raw HTML ${tag ? `<${tag}>` : JSON.stringify(node.value.trim().slice(0, 40))} in the prose`,
      fix: 'write it in Markdown (emphasis, lists, links, fenced code); profile prose may not carry HTML',
    });
  } else if (
    (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
    activeScheme.test(node.url)
  ) {
    found.push({
      line,
      problem: `a ${node.type === 'image' ? 'image' : 'link'} to ${JSON.stringify(node.url.trim().slice(0, 40))}`,
      fix: 'link an https page instead (javascript:, vbscript: and data: URLs are not allowed)',
    });
  }
  if ('children' in node) for (const child of node.children) walk(child, found);
}

/**
 * Profiles arrive by pull request, so the prose must not be able to carry
 * active content: Markdown's raw HTML (a script, an iframe, an element with an
 * event-handler attribute) and links with script URLs are rejected with the
 * line they are on. Fenced and inline code may show HTML: it is escaped.
 */
export const noRawHtml: ProfileCheck = {
  name: 'no-raw-html',
  rule: 'Prose is Markdown only: no raw HTML, and no javascript:, vbscript: or data: links.',
  scope: 'profile',
  severity: 'error',
  check: ({ body, bodyLine = 1 }) => {
    const found: Found[] = [];
    walk(parseProse(body), found);
    return found.map(({ line, problem, fix }) => ({ field: `body (line ${line + bodyLine - 1})`, problem, fix }));
  },
};
