import type { CompareGroup } from '../lib/compare/table';
import { levelDisplay } from '../lib/statements';
import { withBase } from '../lib/urls';
import { featurePath, profilePath } from '../lib/paths';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function link(href: string, text: string, attrs: Record<string, string> = {}) {
  return el('a', { href, ...attrs }, text);
}

/**
 * Renders the compare model as the same markup CompareTable.astro produces at
 * build time (ids, classes, scopes), so styles and anchors agree.
 */
export function renderCompareTable(groups: CompareGroup[], profiles: { id: string; name: string }[]): HTMLElement {
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col' }, 'Fact or feature'),
    ...profiles.map((p) => el('th', { scope: 'col' }, link(withBase(profilePath(p.id)), p.name))),
  );
  const bodies = groups.map((group) =>
    el(
      'tbody',
      {},
      el(
        'tr',
        { class: 'group' },
        el('th', { scope: 'colgroup', colspan: String(profiles.length + 1), id: group.id }, group.name),
      ),
      ...group.rows.map((row) => {
        const label = el(
          'th',
          { scope: 'row' },
          row.feature ? link(withBase(featurePath(row.feature)), row.label) : row.label,
        );
        if (row.differs) label.append(el('span', { class: 'visually-hidden' }, ' (differs)'));
        const cells = row.cells.map((cell, i) => {
          const td = el('td');
          if (cell.level) {
            const { symbol, label: text } = levelDisplay[cell.level];
            td.append(
              el(
                'span',
                { class: `level level-${cell.level}` },
                el('span', { 'aria-hidden': 'true' }, symbol),
                ` ${text}`,
              ),
            );
          } else td.append(cell.text);
          if (cell.note) td.append(el('span', { class: 'note' }, cell.note));
          if (cell.source) {
            const host = new URL(cell.source).hostname.replace(/^www\./, '');
            const about = `${profiles[i]?.name ?? ''}: ${row.label}`;
            td.append(
              el(
                'span',
                { class: 'src' },
                link(cell.source, host, {
                  class: 'source',
                  rel: 'noopener noreferrer',
                  'aria-label': `Source for ${about}: ${host}`,
                }),
              ),
            );
          }
          return td;
        });
        return el('tr', { id: row.id, class: row.differs ? 'differs' : 'same' }, label, ...cells);
      }),
    ),
  );
  const table = el('table', { class: 'compare' }, el('thead', {}, head), ...bodies);
  return el(
    'section',
    { class: 'table-scroll compare-scroll', tabindex: '0', 'aria-label': 'Comparison table' },
    table,
  );
}
