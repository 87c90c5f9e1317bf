import { anchorHtml, levelHtml, sourceLinkHtml } from '../html/fragments';
import { h, type Html } from '../html/html';
import { featurePath, profilePath } from '../paths';
import type { CompareGroup } from './table';

export interface CompareColumn {
  id: string;
  name: string;
}

/**
 * The compare table for pair pages (build time) and the builder (browser):
 * one renderer, so ids, classes and scopes agree. On narrow screens CSS turns
 * each row into a card; every cell carries its framework's name for that view.
 * `withBase` is passed in so this module stays free of Vite's env.
 */
export function compareTableHtml(
  groups: readonly CompareGroup[],
  profiles: readonly CompareColumn[],
  withBase: (path: string) => string,
): Html {
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, 'Fact or feature'),
    profiles.map((p) => h('th', { scope: 'col' }, h('a', { href: withBase(profilePath(p.id)) }, p.name))),
  );
  const bodies = groups.map((group) =>
    h(
      'tbody',
      { 'data-group': group.id },
      h(
        'tr',
        { class: 'group' },
        h('th', { scope: 'colgroup', colspan: profiles.length + 1, id: group.id }, group.name),
      ),
      group.rows.map((row) =>
        h(
          'tr',
          { id: row.id, class: row.differs ? 'differs' : 'same' },
          h(
            'th',
            { scope: 'row' },
            row.feature ? h('a', { href: withBase(featurePath(row.feature)) }, row.label) : row.label,
            row.differs && h('span', { class: 'visually-hidden' }, ' (differs)'),
            anchorHtml(row.id, row.label, 'row'),
          ),
          row.cells.map((cell, i) => {
            const name = profiles[i]?.name ?? '';
            return h(
              'td',
              { 'data-profile': name },
              cell.level ? levelHtml(cell.level) : cell.text,
              cell.note && h('span', { class: 'note' }, cell.note),
              cell.source && h('span', { class: 'src' }, sourceLinkHtml(cell.source, `${name}: ${row.label}`)),
            );
          }),
        ),
      ),
    ),
  );
  return h(
    'section',
    { class: 'table-scroll compare-scroll', tabindex: 0, 'aria-label': 'Comparison table' },
    h('table', { class: 'compare' }, h('thead', {}, head), bodies),
  );
}
