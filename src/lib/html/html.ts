import { escapeXml } from '../xml';

/**
 * Markup built from escaped parts. Pure HTML-string renderers in `src/lib`
 * are the one way markup is built for the browser: `.astro` components insert
 * them with `set:html`, client code with `setHtml` (src/client/dom.ts), so a
 * fragment exists once and vitest can read it.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Child = Html | string | number | false | null | undefined | readonly Child[];
/** Attribute values; `false`, `null` and `undefined` leave the attribute out, `true` writes it bare. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

const voidTags = new Set(['br', 'wbr', 'input', 'img', 'meta', 'link']);

function serialize(child: Child): string {
  if (child === false || child === null || child === undefined) return '';
  if (child instanceof Html) return child.value;
  if (Array.isArray(child)) return (child as readonly Child[]).map(serialize).join('');
  return escapeXml(String(child));
}

/** Joins children into one fragment, escaping text. */
export const fragment = (...children: Child[]): Html => new Html(children.map(serialize).join(''));

/** One element: `h('a', { href }, 'text')`; text children and attribute values are escaped. */
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): Html {
  const attributes = Object.entries(attrs)
    .filter(([, v]) => v !== false && v !== null && v !== undefined)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeXml(String(v))}"`))
    .join('');
  if (voidTags.has(tag)) return new Html(`<${tag}${attributes}>`);
  return new Html(`<${tag}${attributes}>${fragment(...children).value}</${tag}>`);
}
