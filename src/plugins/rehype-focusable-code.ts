import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Code samples scroll sideways on narrow screens; a scrollable region must be
 * reachable by keyboard (WCAG 2.1.1), so every `<pre>` joins the tab order.
 */
export function rehypeFocusableCode() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'pre') node.properties.tabIndex = 0;
    });
  };
}
