import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Code samples scroll sideways on narrow screens; a scrollable region must be
 * reachable by keyboard (WCAG 2.1.1), so every `<pre>` joins the tab order.
 * Samples stay out of the search index: their flags and identifiers (`-d` in
 * a curl call) would otherwise match queries such as "djnago".
 */
export function rehypeFocusableCode() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'pre') return;
      node.properties.tabIndex = 0;
      node.properties.dataPagefindIgnore = '';
    });
  };
}
