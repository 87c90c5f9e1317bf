import { fragment, h, type Html } from '../html/html';

export interface Pick {
  slug: string;
  name: string;
}

/** The selected profiles, each with a remove button (handled by delegation on `data-remove`). */
export const selectedHtml = (selected: readonly Pick[]): Html =>
  fragment(
    selected.map((p) =>
      h(
        'li',
        {},
        p.name,
        h('button', { type: 'button', 'data-remove': p.slug, 'aria-label': `Remove ${p.name}` }, '✕'),
      ),
    ),
  );

/** One-click additions: the selected profiles' alternatives not yet in the comparison. */
export const alternativesHtml = (alternatives: readonly Pick[]): Html =>
  h(
    'p',
    { class: 'alternatives' },
    alternatives.length > 0 && [
      'Alternatives: ',
      alternatives.map((p) => h('button', { type: 'button', 'data-add': p.slug }, `+ ${p.name}`)),
    ],
  );

/** The picker's suggestions as listbox options; `active` is the option the arrow keys are on. */
export const suggestionsHtml = (suggestions: readonly Pick[], active: number): Html =>
  fragment(
    suggestions.map((p, i) =>
      h(
        'li',
        {
          role: 'option',
          id: `compare-option-${p.slug}`,
          'data-add': p.slug,
          'aria-selected': i === active ? 'true' : 'false',
        },
        p.name,
      ),
    ),
  );

/** The summary sentences above the table. */
export const summaryHtml = (sentences: readonly string[]): Html => fragment(sentences.map((s) => h('li', {}, s)));
