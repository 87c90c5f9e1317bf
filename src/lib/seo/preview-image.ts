import { escapeXml } from '../xml';

/** Size of link-preview images (OpenGraph's recommended 1.91:1). */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** Splits text into lines of at most `max` characters at word boundaries. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The SVG of a link preview: site name, a title and up to four lines of
 * detail, drawn from the data. Rendered to PNG at build time (no network).
 */
export function previewSvg({ title, lines }: { title: string; lines: string[] }): string {
  const titleLines = wrap(title, 28).slice(0, 2);
  const detail = lines.flatMap((line) => wrap(line, 60)).slice(0, 4);
  const titleY = (i: number) => 230 + i * 84;
  const detailTop = titleY(titleLines.length - 1) + 80;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}">
<rect width="100%" height="100%" fill="#12151b"/>
<rect x="0" y="0" width="24" height="100%" fill="#1d4ed8"/>
<text x="80" y="110" font-family="DejaVu Sans, Arial, sans-serif" font-size="36" font-weight="700" fill="#8ab4ff">Backend Atlas</text>
${titleLines.map((line, i) => `<text x="80" y="${titleY(i)}" font-family="DejaVu Sans, Arial, sans-serif" font-size="72" font-weight="700" fill="#e7eaf0">${escapeXml(line)}</text>`).join('\n')}
${detail.map((line, i) => `<text x="80" y="${detailTop + i * 48}" font-family="DejaVu Sans, Arial, sans-serif" font-size="34" fill="#aab2c0">${escapeXml(line)}</text>`).join('\n')}
</svg>`;
}
