/** The `##` sections every profile's prose has, in this order. */
export const requiredSections = ['Overview', 'Strengths', 'Trade-offs', 'When to choose it', 'Hello world'] as const;

/** Minimum length of a profile's prose, code samples excluded. */
export const MIN_PROSE_WORDS = 400;

/** Markdown with fenced code blocks removed, so code neither counts as words nor as headings. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
}

/** The text of every heading from level `min` to `max`, in order, outside code blocks. */
export function headingTexts(markdown: string, min = 2, max = 2): string[] {
  const pattern = new RegExp(`^#{${min},${max}}[ \\t]+(.+?)[ \\t#]*$`, 'gm');
  return [...withoutCode(markdown).matchAll(pattern)].map((m) => m[1] ?? '');
}

/** The text of every level-2 heading (the profile's sections), in order. */
export const sectionHeadings = (markdown: string): string[] => headingTexts(markdown, 2, 2);

/** Words of prose, ignoring headings, code blocks, link targets and Markdown punctuation. */
export function proseWordCount(markdown: string): number {
  return withoutCode(markdown)
    .replace(/^#{1,6}[ \t].*$/gm, '')
    .replace(/\]\([^)]*\)/g, ']')
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** True when the body has a fenced code block that names its language. */
export function hasHighlightedSample(markdown: string): boolean {
  return /^(`{3,}|~{3,})[ \t]*[\w#+-]+/m.test(markdown);
}

/** The 1-based line on which a Markdown file's prose starts: the line after its closing front-matter fence. */
export function bodyStartLine(source: string): number {
  const lines = source.split('\n');
  if (lines[0]?.trim() !== '---') return 1;
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  return close === -1 ? 1 : close + 2;
}
