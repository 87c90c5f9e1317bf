import { existsSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeIndexedPng } from '../../src/integrations/previews/indexed-png';
import {
  ELLIPSIS,
  PREVIEW_BACKGROUND,
  PREVIEW_HEIGHT,
  PREVIEW_STRIPE,
  PREVIEW_WIDTH,
  clampLines,
  previewLayout,
  previewStyles,
  wrap,
} from '../../src/lib/seo/preview-image';
import { FALLBACK_CHARACTER, FONT_FAMILY, drawableText, pinFont } from '../../src/integrations/previews/pinned-font';
import { renderPreview } from '../../src/integrations/previews/preview-raster';

// Before anything renders text: from here on sharp sees only the pinned font.
const coverage = pinFont();

const rgbOf = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

async function decode(png: Uint8Array) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    info,
    pixel: (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)],
  };
}

/** The box of clearly inked pixels (far from the card colour) between rows `top` and `bottom`, right of the stripe. */
async function inkBox(png: Uint8Array, top: number, bottom: number) {
  const { pixel } = await decode(png);
  const card = rgbOf(PREVIEW_BACKGROUND);
  const box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  for (let y = top; y < bottom; y++) {
    for (let x = PREVIEW_STRIPE.width; x < PREVIEW_WIDTH; x++) {
      if (pixel(x, y).reduce((sum, c, i) => sum + Math.abs(c - card[i]!), 0) < 120) continue;
      Object.assign(box, {
        left: Math.min(box.left, x),
        right: Math.max(box.right, x),
        top: Math.min(box.top, y),
        bottom: Math.max(box.bottom, y),
      });
    }
  }
  return box;
}

describe('preview layout', () => {
  const fits = (line: string) => line.length <= 9;

  it('wraps at word boundaries to lines that fit', () => {
    expect(wrap('one two three four', fits)).toEqual(['one two', 'three', 'four']);
    expect(wrap('incomprehensible x', fits)).toEqual(['incomprehensible', 'x']);
  });

  it('cuts extra lines and ends the last kept one with an ellipsis that fits', () => {
    expect(clampLines(['one', 'two'], 2, fits)).toEqual(['one', 'two']);
    expect(clampLines(['one two', 'three', 'four'], 2, fits)).toEqual(['one two', `three ${ELLIPSIS}`]);
    expect(clampLines(['a', 'one three', 'x'], 2, fits)).toEqual(['a', `one ${ELLIPSIS}`]);
  });

  it('keeps every line inside the card, two title lines and four detail lines at most', () => {
    const perChar = 20;
    const runs = previewLayout(
      { title: 'word '.repeat(40), lines: ['detail '.repeat(60)] },
      (text) => text.length * perChar,
    );
    const titles = runs.filter((run) => run.style === 'title');
    const details = runs.filter((run) => run.style === 'detail');
    expect(titles).toHaveLength(2);
    expect(details).toHaveLength(4);
    expect(details.at(-1)!.text.endsWith(ELLIPSIS)).toBe(true);
    for (const run of runs) expect(run.x + run.text.length * perChar).toBeLessThanOrEqual(PREVIEW_WIDTH);
    const baselines = runs.map((run) => run.baseline);
    expect(baselines).toEqual([...baselines].sort((a, b) => a - b));
    expect(baselines.at(-1)).toBeLessThan(PREVIEW_HEIGHT);
  });
});

describe('palette PNG', () => {
  it('decodes to the palette colours, pixel by pixel', async () => {
    const palette = [
      [255, 0, 0],
      [0, 255, 0],
      [0, 0, 255],
    ] as const;
    const png = encodeIndexedPng({
      width: 3,
      height: 2,
      palette,
      scanlines: Uint8Array.from([0, 0, 1, 2, 0, 2, 1, 0]),
    });
    const { info, pixel } = await decode(png);
    expect([info.width, info.height]).toEqual([3, 2]);
    expect([pixel(0, 0), pixel(1, 0), pixel(2, 0), pixel(0, 1), pixel(2, 1)]).toEqual([
      palette[0],
      palette[1],
      palette[2],
      palette[2],
      palette[0],
    ]);
  });

  it('refuses pixel data of the wrong size and oversized palettes', () => {
    expect(() => encodeIndexedPng({ width: 2, height: 2, palette: [[0, 0, 0]], scanlines: new Uint8Array(4) })).toThrow(
      'expected 2 scanlines of 3 bytes, got 4 bytes',
    );
    const huge = Array.from({ length: 257 }, () => [0, 0, 0] as const);
    expect(() => encodeIndexedPng({ width: 1, height: 1, palette: huge, scanlines: new Uint8Array(2) })).toThrow(
      'a PNG palette holds 1–256 colours, not 257',
    );
  });
});

describe('preview image', () => {
  const content = { title: 'Flask vs Django', lines: ['Both are written in Python; Flask is BSD-3-Clause & <small>.'] };

  it('is a 1200×630 card with its stripe, in the declared colours', async () => {
    const { info, pixel } = await decode(await renderPreview(content, coverage));
    expect([info.width, info.height]).toEqual([PREVIEW_WIDTH, PREVIEW_HEIGHT]);
    expect(pixel(5, 5)).toEqual(rgbOf(PREVIEW_STRIPE.colour));
    expect(pixel(PREVIEW_WIDTH - 5, PREVIEW_HEIGHT - 5)).toEqual(rgbOf(PREVIEW_BACKGROUND));
  });

  it('sets text where the SVG renderer sets the same text, to within 3 px', async () => {
    const ours = await renderPreview(content, coverage);
    const runs = previewLayout(content, () => 0);
    const svgText = runs
      .map(({ text, style, x, baseline }) => {
        const { size, bold, colour } = previewStyles[style];
        const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        return `<text x="${x}" y="${baseline}" font-family="${FONT_FAMILY}" font-size="${size}" font-weight="${bold ? 700 : 400}" fill="${colour}">${escaped}</text>`;
      })
      .join('');
    const reference = await sharp(
      Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}"><rect width="100%" height="100%" fill="${PREVIEW_BACKGROUND}"/>${svgText}</svg>`,
      ),
    )
      .png()
      .toBuffer();
    for (const run of runs) {
      const { size } = previewStyles[run.style];
      const band: [number, number] = [run.baseline - size, run.baseline + Math.ceil(size * 0.3)];
      const [mine, theirs] = await Promise.all([inkBox(ours, ...band), inkBox(reference, ...band)]);
      expect(Number.isFinite(mine.right), run.text).toBe(true);
      for (const edge of ['left', 'right', 'top', 'bottom'] as const)
        expect(Math.abs(mine[edge] - theirs[edge]), `${run.text}: ${edge}`).toBeLessThanOrEqual(3);
    }
  });
});

describe('the pinned font', () => {
  const outside = ['漢', '🚀', '\u0915']; // CJK, an emoji (two UTF-16 units), Devanagari: none in DejaVu Sans

  it('covers the Latin, Greek and Cyrillic letters names use, and not the scripts it lacks', () => {
    for (const char of 'AzÉéßØœŁıΩЖ…·') expect(coverage.has(char.codePointAt(0)!), char).toBe(true);
    for (const char of outside) expect(coverage.has(char.codePointAt(0)!), char).toBe(false);
  });

  it('is pinned once per process, where fontconfig, which reads its file once, keeps finding it', () => {
    const file = process.env.FONTCONFIG_FILE;
    expect(pinFont()).toBe(coverage);
    expect(process.env.FONTCONFIG_FILE).toBe(file);
    expect(existsSync(file!)).toBe(true);
  });

  it('draws a character it lacks as the fallback, and composes accents first', () => {
    expect(drawableText(`Ze\u0301bra ${outside.join('')}`, coverage)).toBe(`Zébra ${FALLBACK_CHARACTER.repeat(3)}`);
  });

  it('renders a name with characters outside the font exactly as the same name with fallbacks', async () => {
    const name = (middle: string) => ({ title: `Kit ${middle} Web`, lines: [`Fast ${middle}`] });
    const fallbacks = FALLBACK_CHARACTER.repeat(outside.length);
    const [withOutside, withFallback, plain] = await Promise.all([
      renderPreview(name(outside.join('')), coverage),
      renderPreview(name(fallbacks), coverage),
      renderPreview(name('x'), coverage),
    ]);
    expect(Buffer.from(withOutside).equals(Buffer.from(withFallback))).toBe(true);
    expect(Buffer.from(withOutside).equals(Buffer.from(plain))).toBe(false);
  });
});
