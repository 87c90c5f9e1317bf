import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export interface AtlasLinkOptions {
  /** Site base path, with trailing slash. */
  base: string;
  /** Every profile slug that exists. */
  slugs: readonly string[];
}

const SCHEME = 'atlas:';

/**
 * Resolves cross-references between profiles written as `[Flask](atlas:flask)`
 * (optionally `atlas:flask#security`) into links under the base path, and fails
 * the build naming the file and the slug when the profile does not exist.
 */
export function remarkAtlasLinks({ base, slugs }: AtlasLinkOptions) {
  const known = new Set(slugs);
  return (tree: Root, file: VFile) => {
    visit(tree, 'link', (node) => {
      if (!node.url.startsWith(SCHEME)) return;
      const [slug = '', anchor] = node.url.slice(SCHEME.length).split('#');
      if (!known.has(slug)) {
        file.fail(
          `${file.path}: the cross-reference "${node.url}" names the profile "${slug}", which does not exist; expected one of the slugs in the content folder`,
          node,
        );
      }
      node.url = `${base}frameworks/${slug}/${anchor ? `#${anchor}` : ''}`;
    });
  };
}
