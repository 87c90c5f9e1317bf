import type { SupportLevel } from '../../schemas/support-levels';
import { levelDisplay } from '../statements';
import { fragment, h, type Html } from './html';

/** A support level as symbol and text (never colour alone). */
export const levelHtml = (level: SupportLevel): Html => {
  const { symbol, label } = levelDisplay[level];
  return h('span', { class: `level level-${level}` }, h('span', { 'aria-hidden': 'true' }, symbol), ` ${label}`);
};

/** A hostname that may wrap after each dot, never inside a word. */
export const hostHtml = (host: string): Html =>
  fragment(host.split(/(?<=\.)/).map((part, i) => [i > 0 && h('wbr'), part]));

export const sourceHost = (href: string): string => new URL(href).hostname.replace(/^www\./, '');

/** A link to a fact's source, named by what it supports. */
export function sourceLinkHtml(href: string, about: string): Html {
  const host = sourceHost(href);
  return h(
    'a',
    { class: 'source', href, rel: 'noopener noreferrer', 'aria-label': `Source for ${about}: ${host}` },
    hostHtml(host),
  );
}

/** The accessible name of every deep link: headings (prose and components) and table rows. */
export const anchorLabel = (name: string, target: 'section' | 'row' = 'section'): string =>
  `Link to ${target}: ${name}`;

/** The "#" deep link after a heading or a row label (shown on hover and focus for rows). */
export const anchorHtml = (id: string, name: string, target: 'section' | 'row' = 'section'): Html =>
  h(
    'a',
    {
      class: target === 'row' ? 'row-anchor' : 'heading-anchor',
      href: `#${id}`,
      'aria-label': anchorLabel(name, target),
    },
    h('span', { 'aria-hidden': 'true' }, '#'),
  );
