import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeXml } from '../../lib/xml';
import { sfntCodePoints, woffToSfnt } from './font-file';

/** The family every preview is drawn in; its files come from the npm package below, never from the machine. */
export const FONT_FAMILY = 'DejaVu Sans';
const FONT_FILES = {
  'dejavu-sans-400.ttf': '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff',
  'dejavu-sans-700.ttf': '@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff',
};
/** Drawn in place of a character the pinned font lacks (DejaVu Sans has the replacement character). */
export const FALLBACK_CHARACTER = '\uFFFD';

/** The characters the pinned font can draw, in both weights. */
export type FontCoverage = ReadonlySet<number>;

/**
 * Writes the pinned font (as TrueType, which sharp's FreeType reads) and a
 * fontconfig file listing only that folder, and points FONTCONFIG_FILE at it,
 * so sharp's SVG text sees no system font at all. Call it on the main thread
 * before any text is rendered (a worker thread's `process.env` is a copy that
 * never reaches fontconfig). Fontconfig reads its configuration once per
 * process, so the font is pinned once per process, in a temporary folder that
 * lives as long as the process: a folder a caller could delete would leave
 * every later render in that process without a font.
 */
let pinned: FontCoverage | undefined;
export function pinFont(): FontCoverage {
  pinned ??= writePinnedFont();
  return pinned;
}

function writePinnedFont(): FontCoverage {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-font-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const require = createRequire(import.meta.url);
  const coverages = Object.entries(FONT_FILES).map(([name, packaged]) => {
    const sfnt = woffToSfnt(readFileSync(require.resolve(packaged)));
    writeFileSync(join(dir, name), sfnt);
    return sfntCodePoints(sfnt);
  });
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>${escapeXml(dir)}</dir>
  <cachedir>${escapeXml(join(dir, 'cache'))}</cachedir>
</fontconfig>
`,
  );
  process.env.FONTCONFIG_FILE = conf;
  const [first, ...rest] = coverages;
  const coverage = new Set([...first!].filter((point) => rest.every((other) => other.has(point))));
  if (!coverage.has(FALLBACK_CHARACTER.codePointAt(0)!))
    throw new Error('the pinned font lacks the fallback character');
  return coverage;
}

/**
 * Text as the pinned font can draw it: composed (NFC, so "é" written as e +
 * accent uses the font's own "é"), with any other missing character, from any
 * script or an emoji, shown as FALLBACK_CHARACTER instead of whatever a
 * machine's fonts would substitute.
 */
export function drawableText(text: string, coverage: FontCoverage): string {
  let out = '';
  for (const char of text.normalize('NFC')) out += coverage.has(char.codePointAt(0)!) ? char : FALLBACK_CHARACTER;
  return out;
}
