import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Options } from 'rehype-autolink-headings';
import { anchorLabel } from '../lib/html/fragments';

/**
 * Appends a visible "#" link to every heading so readers can copy a deep link
 * (`/frameworks/django/#strengths`). The link's accessible name says which
 * section it points to (the same name AnchoredHeading gives); the symbol itself is hidden from screen readers.
 */
export const headingAnchorOptions: Options = {
  behavior: 'append',
  test: ['h2', 'h3', 'h4'],
  properties: (heading: Element) => ({
    className: ['heading-anchor'],
    ariaLabel: anchorLabel(toString(heading)),
  }),
  content: (): ElementContent[] => [
    { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
  ],
};
