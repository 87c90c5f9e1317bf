import type { Html } from '../lib/html/html';

/**
 * The one way client code builds DOM: a pure renderer in `src/lib` returns
 * escaped markup, and this puts it in place. Listeners are delegated to a
 * stable parent, so nothing needs rebinding after a render.
 */
export function setHtml(host: Element, html: Html): void {
  host.innerHTML = html.value;
}
