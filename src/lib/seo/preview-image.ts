/** Size of link-preview images (OpenGraph's recommended 1.91:1). */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** The dark card behind the text, and the accent stripe along its left edge. */
export const PREVIEW_BACKGROUND = '#12151b';
export const PREVIEW_STRIPE = { colour: '#1d4ed8', width: 24 };

export interface TextStyle {
  size: number;
  bold: boolean;
  colour: string;
}

/** The three kinds of text on a preview: site name, title, detail lines. */
export const previewStyles = {
  brand: { size: 36, bold: true, colour: '#8ab4ff' },
  title: { size: 72, bold: true, colour: '#e7eaf0' },
  detail: { size: 34, bold: false, colour: '#aab2c0' },
} as const satisfies Record<string, TextStyle>;

export type PreviewStyle = keyof typeof previewStyles;

/** One line of text placed on the preview: its pen starts at `x` on the `baseline`. */
export interface TextRun {
  text: string;
  style: PreviewStyle;
  x: number;
  baseline: number;
}

/** Splits text at word boundaries into lines that each `fit` (a word too long for any line stands alone). */
export function wrap(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Ends a line that had to be cut short. */
export const ELLIPSIS = '…';

/** At most `max` lines; when text is left over, the last line ends in ELLIPSIS (dropping words until it fits). */
export function clampLines(lines: string[], max: number, fits: (line: string) => boolean): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let words = kept.at(-1)!.split(' ');
  while (words.length > 1 && !fits(`${words.join(' ')} ${ELLIPSIS}`)) words = words.slice(0, -1);
  return [...kept.slice(0, -1), `${words.join(' ')} ${ELLIPSIS}`];
}

/** Measures a line of text in a style, in px. */
export type Measure = (text: string, style: PreviewStyle) => number;

const LEFT = 80;

/** The site name, the same on every preview. */
export const PREVIEW_BRAND: TextRun = { text: 'Backend Atlas', style: 'brand', x: LEFT, baseline: 110 };

/**
 * Where the text of a link preview goes below the site name: a title of up to
 * two lines and up to four lines of detail, all drawn from the data and
 * wrapped to the measured width of the card.
 */
export function previewLayout({ title, lines }: { title: string; lines: string[] }, measure: Measure): TextRun[] {
  const fitsIn = (style: PreviewStyle) => (line: string) => measure(line, style) <= PREVIEW_WIDTH - LEFT - 64;
  const titleLines = clampLines(wrap(title, fitsIn('title')), 2, fitsIn('title'));
  const detail = clampLines(
    lines.flatMap((line) => wrap(line, fitsIn('detail'))),
    4,
    fitsIn('detail'),
  );
  const titleBaseline = (i: number) => 230 + i * 84;
  const detailTop = titleBaseline(titleLines.length - 1) + 80;
  return [
    ...titleLines.map((text, i): TextRun => ({ text, style: 'title', x: LEFT, baseline: titleBaseline(i) })),
    ...detail.map((text, i): TextRun => ({ text, style: 'detail', x: LEFT, baseline: detailTop + i * 48 })),
  ];
}
