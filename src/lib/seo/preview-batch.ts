import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { profileSchema } from '../../schemas/profile';
import { relatedPairs } from '../compare/pairs';
import { readProfileFiles } from '../../data/profile-files';
import { previewImagePath } from '../paths';
import { previewContents } from './preview-content';
import { renderPreview } from './preview-raster';

export interface PreviewShare {
  /** Folder of profile Markdown files. */
  contentDir: string;
  /** Site folder the images go into, at their `og/…` paths. */
  outDir: string;
  /** This share is every `shares`-th preview, starting at index `share`. */
  share: number;
  shares: number;
}

/**
 * Reads the profiles straight from their files (as the data report does),
 * works out every link preview as the pages do (profiles and related pairs)
 * and draws one share of them. Returns how many it drew.
 */
export async function drawPreviewShare({ contentDir, outDir, share, shares }: PreviewShare): Promise<number> {
  const profiles = readProfileFiles(contentDir).map(({ slug, frontmatter }) => ({
    id: slug,
    data: profileSchema.parse(frontmatter),
  }));
  const previews = previewContents(profiles, relatedPairs(profiles)).filter((_, i) => i % shares === share);
  const file = (name: string) => join(outDir, previewImagePath(name));
  // Synchronous writes: this runs in a worker thread of its own, where promises only add overhead.
  if (previews[0]) mkdirSync(dirname(file(previews[0].name)), { recursive: true });
  for (const preview of previews) writeFileSync(file(preview.name), await renderPreview(preview));
  return previews.length;
}
