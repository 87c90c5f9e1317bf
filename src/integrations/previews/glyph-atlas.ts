import sharp from 'sharp';
import { escapeXml } from '../../lib/xml';
import type { TextStyle } from '../../lib/seo/preview-image';
import { FONT_FAMILY } from './pinned-font';

/** One character as drawn by sharp's SVG renderer in the pinned font, ready to copy onto an image. */
export interface Glyph {
  /** How far the pen moves after this character, in px (fractional). */
  advance: number;
  /** Coverage (0–255) of the character's ink box, row by row. */
  mask: Uint8Array;
  width: number;
  height: number;
  /** The ink box's offset from the pen position on the baseline. */
  left: number;
  top: number;
}

/** Copies of a character rendered in a row to measure its advance to a tenth of a pixel. */
const REPEAT = 10;
/** Characters per atlas SVG: small batches keep the renderer's memory low (a 72 px batch of 24 is ~17 MB). */
const BATCH = 24;
/** Characters rendered up front, so most previews need no further rendering. */
const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));

interface Grid {
  pad: number;
  rowHeight: number;
  baseline: number;
  /** Left edge of the column where the measuring strings are drawn. */
  measureLeft: number;
  width: number;
}

function gridFor(size: number): Grid {
  const pad = Math.ceil(size * 0.5);
  const measureLeft = pad + Math.ceil(size * 1.6) + pad;
  return {
    pad,
    rowHeight: Math.ceil(size * 1.8),
    baseline: Math.ceil(size * 1.2),
    measureLeft,
    width: measureLeft + Math.ceil(size * 1.3 * (REPEAT + 2)) + pad,
  };
}

/**
 * One SVG per batch: row 0 holds the reference string "II"; each further row
 * holds the character alone (its ink) and "I" + the character ×10 + "I" (its
 * advance, from how much further the closing "I" ends than in "II").
 */
function atlasSvg(style: TextStyle, grid: Grid, chars: string[]): string {
  const text = (x: number, row: number, value: string) =>
    `<text x="${x}" y="${row * grid.rowHeight + grid.baseline}" xml:space="preserve">${escapeXml(value)}</text>`;
  const rows = chars.map(
    (char, i) => text(grid.pad, i + 1, char) + text(grid.measureLeft, i + 1, `I${char.repeat(REPEAT)}I`),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${grid.width}" height="${(chars.length + 1) * grid.rowHeight}">
<g font-family="${FONT_FAMILY}" font-size="${style.size}" font-weight="${style.bold ? 700 : 400}" fill="#fff">
${text(grid.measureLeft, 0, 'II')}
${rows.join('\n')}
</g></svg>`;
}

/** The ink box of a rectangle of an alpha plane, or undefined when it is blank. */
function inkBox(alpha: Uint8Array, stride: number, x0: number, y0: number, x1: number, y1: number) {
  let left = x1;
  let right = x0 - 1;
  let top = y1;
  let bottom = y0 - 1;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (alpha[y * stride + x] === 0) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return right < left ? undefined : { left, right, top, bottom };
}

async function renderGlyphs(style: TextStyle, chars: string[]): Promise<Map<string, Glyph>> {
  // Without it fontconfig would hand the renderer the machine's own fonts.
  if (!process.env.FONTCONFIG_FILE) throw new Error('link previews: pinFont() must run before any glyph is rendered');
  const grid = gridFor(style.size);
  const { data, info } = await sharp(Buffer.from(atlasSvg(style, grid, chars)))
    .ensureAlpha()
    .extractChannel(3)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const alpha = new Uint8Array(data.buffer, data.byteOffset, data.length);
  const stride = info.width;
  const measureRight = (row: number) =>
    inkBox(alpha, stride, grid.measureLeft, row * grid.rowHeight, stride, (row + 1) * grid.rowHeight)?.right ?? 0;
  const reference = measureRight(0);
  return new Map(
    chars.map((char, i): [string, Glyph] => {
      const row = i + 1;
      const rowTop = row * grid.rowHeight;
      const advance = (measureRight(row) - reference) / REPEAT;
      const box = inkBox(alpha, stride, 0, rowTop, grid.measureLeft - grid.pad, rowTop + grid.rowHeight);
      if (!box) return [char, { advance, mask: new Uint8Array(), width: 0, height: 0, left: 0, top: 0 }];
      const width = box.right - box.left + 1;
      const height = box.bottom - box.top + 1;
      const mask = new Uint8Array(width * height);
      for (let y = 0; y < height; y++) {
        const start = (box.top + y) * stride + box.left;
        mask.set(alpha.subarray(start, start + width), y * width);
      }
      return [char, { advance, mask, width, height, left: box.left - grid.pad, top: box.top - rowTop - grid.baseline }];
    }),
  );
}

/**
 * The characters of one text style, rendered once per build by sharp's SVG
 * renderer in the pinned font, then reused by every preview: drawing
 * a preview becomes copying masks instead of laying out and rasterising text.
 */
export class GlyphSet {
  readonly style: TextStyle;
  readonly #glyphs = new Map<string, Glyph>();
  #pending: Promise<void> = Promise.resolve();

  constructor(style: TextStyle) {
    this.style = style;
  }

  /** Renders whatever characters of `text` are not rendered yet. */
  load(text: string): Promise<void> {
    const wanted = this.#glyphs.size === 0 ? [...PRINTABLE_ASCII, ...text] : [...text];
    const missing = [...new Set(wanted)].filter((char) => !this.#glyphs.has(char));
    if (missing.length === 0) return this.#pending;
    this.#pending = this.#pending.then(async () => {
      const still = missing.filter((char) => !this.#glyphs.has(char));
      for (let i = 0; i < still.length; i += BATCH) {
        for (const [char, glyph] of await renderGlyphs(this.style, still.slice(i, i + BATCH)))
          this.#glyphs.set(char, glyph);
      }
    });
    return this.#pending;
  }

  glyph(char: string): Glyph {
    const glyph = this.#glyphs.get(char);
    if (!glyph) throw new Error(`glyph "${char}" used before load()`);
    return glyph;
  }

  /** Width of a line of loaded text, in px. */
  width(text: string): number {
    let width = 0;
    for (const char of text) width += this.glyph(char).advance;
    return width;
  }
}
