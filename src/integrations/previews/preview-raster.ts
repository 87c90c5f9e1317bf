import { GlyphSet, type Glyph } from './glyph-atlas';
import { encodeIndexedPng, scanlineOffset } from './indexed-png';
import { drawableText, type FontCoverage } from './pinned-font';
import {
  ELLIPSIS,
  PREVIEW_BACKGROUND,
  PREVIEW_BRAND,
  PREVIEW_HEIGHT,
  PREVIEW_STRIPE,
  PREVIEW_WIDTH,
  previewLayout,
  previewStyles,
  type PreviewStyle,
  type TextRun,
} from '../../lib/seo/preview-image';

/** Coverage steps per text colour: 15 blends of the text colour over the card look smooth at this size. */
const LEVELS = 15;
const levelOf = Uint8Array.from({ length: 256 }, (_, coverage) => Math.round((coverage * LEVELS) / 255));
const styles = Object.keys(previewStyles) as PreviewStyle[];
const glyphSets = new Map(styles.map((style) => [style, new GlyphSet(previewStyles[style])]));
const glyphSet = (style: PreviewStyle) => glyphSets.get(style)!;

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const blend = (under: Rgb, over: Rgb, amount: number): Rgb =>
  under.map((channel, i) => Math.round(channel + (over[i]! - channel) * amount)) as Rgb;

/** Palette: the card, the stripe, then LEVELS blends per text style. */
const palette: Rgb[] = [
  rgb(PREVIEW_BACKGROUND),
  rgb(PREVIEW_STRIPE.colour),
  ...styles.flatMap((style) =>
    Array.from({ length: LEVELS }, (_, i) =>
      blend(rgb(PREVIEW_BACKGROUND), rgb(previewStyles[style].colour), (i + 1) / LEVELS),
    ),
  ),
];
const firstIndexOf = (style: PreviewStyle) => 2 + styles.indexOf(style) * LEVELS;

/** A glyph's inked pixels as offsets into the scanlines from its top-left corner, with their coverage level. */
interface Ink {
  offsets: Int32Array;
  levels: Uint8Array;
}
const inkCache = new WeakMap<Glyph, Ink>();

function inkOf(glyph: Glyph): Ink {
  let ink = inkCache.get(glyph);
  if (ink) return ink;
  const offsets: number[] = [];
  const levels: number[] = [];
  glyph.mask.forEach((coverage, i) => {
    const level = levelOf[coverage]!;
    if (level === 0) return;
    offsets.push(
      scanlineOffset(PREVIEW_WIDTH, i % glyph.width, Math.floor(i / glyph.width)) - scanlineOffset(PREVIEW_WIDTH, 0, 0),
    );
    levels.push(level);
  });
  ink = { offsets: Int32Array.from(offsets), levels: Uint8Array.from(levels) };
  inkCache.set(glyph, ink);
  return ink;
}

/**
 * Draws a line of loaded text as palette indices; where ink overlaps, the
 * denser wins. A glyph that would cross the card's edge is left out (layout
 * keeps text inside; only a single overlong word can reach the edge).
 */
function drawRun(scanlines: Uint8Array, run: TextRun): void {
  const set = glyphSet(run.style);
  const first = firstIndexOf(run.style);
  let pen = run.x;
  for (const char of run.text) {
    const glyph = set.glyph(char);
    const x0 = Math.round(pen) + glyph.left;
    const y0 = run.baseline + glyph.top;
    pen += glyph.advance;
    if (x0 < 0 || y0 < 0 || x0 + glyph.width > PREVIEW_WIDTH || y0 + glyph.height > PREVIEW_HEIGHT) continue;
    const { offsets, levels } = inkOf(glyph);
    const origin = scanlineOffset(PREVIEW_WIDTH, x0, y0);
    for (let i = 0; i < offsets.length; i++) {
      const at = origin + offsets[i]!;
      const level = levels[i]!;
      const current = scanlines[at]! - first + 1;
      if (current < 1 || current > LEVELS || level > current) scanlines[at] = first + level - 1;
    }
  }
}

/** The card with its stripe and the site name, drawn on first use and then copied. */
let card: Promise<Uint8Array> | undefined;
function drawCard(): Promise<Uint8Array> {
  card ??= glyphSet(PREVIEW_BRAND.style)
    .load(PREVIEW_BRAND.text)
    .then(() => {
      const scanlines = new Uint8Array((PREVIEW_WIDTH + 1) * PREVIEW_HEIGHT);
      for (let y = 0; y < PREVIEW_HEIGHT; y++) {
        const row = scanlineOffset(PREVIEW_WIDTH, 0, y);
        scanlines.fill(1, row, row + PREVIEW_STRIPE.width);
      }
      drawRun(scanlines, PREVIEW_BRAND);
      return scanlines;
    });
  return card;
}

/** The image being drawn: one buffer, refilled from the card for each preview. */
let canvas: Uint8Array | undefined;

/**
 * A link preview as PNG bytes: the card plus the text of `previewLayout`,
 * drawn with glyphs rendered once per build, encoded as a palette PNG.
 * Characters outside the pinned font's `coverage` are drawn as its fallback.
 */
export async function renderPreview(
  raw: { title: string; lines: string[] },
  coverage: FontCoverage,
): Promise<Uint8Array<ArrayBuffer>> {
  const content = {
    title: drawableText(raw.title, coverage),
    lines: raw.lines.map((line) => drawableText(line, coverage)),
  };
  const text = [content.title, ...content.lines, ELLIPSIS].join(' ');
  await Promise.all([glyphSet('title').load(text), glyphSet('detail').load(text)]);
  const card = await drawCard();
  // From here on nothing awaits, so concurrent calls cannot share the canvas mid-drawing.
  canvas ??= new Uint8Array(card.length);
  canvas.set(card);
  for (const run of previewLayout(content, (line, style) => glyphSet(style).width(line))) drawRun(canvas, run);
  return encodeIndexedPng({ width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, palette, scanlines: canvas });
}
