import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** The `##` sections every profile's prose has, in this order. */
export const requiredSections = ['Overview', 'Strengths', 'Trade-offs', 'When to choose it', 'Hello world'] as const;

/** Minimum length of a profile's prose, code samples excluded. */
export const MIN_PROSE_WORDS = 400;

/** Profile prose as a Markdown syntax tree (mdast), as remark reads it for the page. */
export function parseProse(markdown: string): Root {
  return unified().use(remarkParse).parse(markdown);
}

/** The text content of a node (what rehype-slug slugs): text and inline code, without markup or link targets. */
export function textContent(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map((child) => textContent(child)).join('') : '';
}

/** Headings of level `min` to `max`, in order, each with its text and the id rehype-slug will give it. */
export function headings(tree: Root, min = 2, max = 6): { depth: number; text: string; id: string }[] {
  // rehype-slug slugs every heading of the page in order with one slugger; so does this.
  const slugger = new GithubSlugger();
  const found: { depth: number; text: string; id: string }[] = [];
  visit(tree, 'heading', (node: Heading) => {
    const text = textContent(node);
    const id = slugger.slug(text);
    if (node.depth >= min && node.depth <= max) found.push({ depth: node.depth, text, id });
  });
  return found;
}

/** The text of every level-2 heading (the profile's sections), in order. */
export const sectionHeadings = (tree: Root): string[] => headings(tree, 2, 2).map((h) => h.text);

/** Words of prose: text outside headings and code blocks (link text counts, link targets do not). */
export function proseWordCount(tree: Root): number {
  let words = 0;
  visit(tree, (node) => {
    if (node.type === 'heading' || node.type === 'code') return 'skip';
    if (node.type === 'text' || node.type === 'inlineCode') {
      words += node.value.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
    }
    return undefined;
  });
  return words;
}

/** True when the prose has a fenced code block that names its language. */
export function hasHighlightedSample(tree: Root): boolean {
  let found = false;
  visit(tree, 'code', (node) => {
    if (node.lang) found = true;
  });
  return found;
}

/** The 1-based line on which a Markdown file's prose starts: the line after its closing front-matter fence. */
export function bodyStartLine(source: string): number {
  const lines = source.split('\n');
  if (lines[0]?.trim() !== '---') return 1;
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  return close === -1 ? 1 : close + 2;
}
