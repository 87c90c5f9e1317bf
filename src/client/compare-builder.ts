import { followQuery, writeQuery } from './url-state';
import { MAX_COMPARE, MIN_COMPARE, matchProfile, parseSelection, selectionQuery } from '../lib/compare/selection';
import { compareGroups } from '../lib/compare/table';
import type { Dataset } from '../lib/export/dataset';
import { renderCompareTable } from './compare-render';

/**
 * /compare/: pick two to four profiles; the selection lives in `?with=` (order
 * kept), adding and removing push history entries, back/forward restore them.
 */
export async function startCompareBuilder(): Promise<void> {
  const app = document.querySelector<HTMLElement>('#compare-app');
  if (!app) return;
  const form = app.querySelector<HTMLFormElement>('#compare-form')!;
  const input = app.querySelector<HTMLInputElement>('#compare-add')!;
  const message = app.querySelector<HTMLElement>('#compare-message')!;
  const selectedList = app.querySelector<HTMLUListElement>('#compare-selected')!;
  const tableHost = app.querySelector<HTMLElement>('#compare-table')!;

  const data = (await (await fetch(app.dataset.dataset ?? '')).json()) as Dataset;
  const bySlug = new Map(data.profiles.map((p) => [p.slug, p]));
  let selected: string[] = [];

  function render(note = '') {
    selectedList.replaceChildren(
      ...selected.map((slug) => {
        const name = bySlug.get(slug)?.name ?? slug;
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = '✕';
        remove.setAttribute('aria-label', `Remove ${name}`);
        remove.addEventListener('click', () => {
          update(
            selected.filter((s) => s !== slug),
            `Removed ${name}.`,
          );
          input.focus();
        });
        const item = document.createElement('li');
        item.append(name, remove);
        return item;
      }),
    );
    const profiles = selected.flatMap((slug) => {
      const p = bySlug.get(slug);
      return p ? [p] : [];
    });
    if (profiles.length >= MIN_COMPARE) {
      const groups = compareGroups(profiles, data.facts);
      tableHost.replaceChildren(
        renderCompareTable(
          groups,
          profiles.map((p) => ({ id: p.slug, name: p.name })),
        ),
      );
    } else {
      tableHost.replaceChildren();
    }
    const hint = profiles.length < MIN_COMPARE ? `Add ${MIN_COMPARE - profiles.length} more to compare.` : '';
    message.textContent = [note, hint].filter(Boolean).join(' ');
  }

  function update(next: string[], note: string) {
    selected = next;
    writeQuery(selectionQuery(selected), 'push');
    render(note);
  }

  function loadFromUrl(search: string) {
    const { slugs, unknown } = parseSelection(search, new Set(bySlug.keys()));
    selected = slugs;
    render(
      unknown.length > 0 ? `No profile is called ${unknown.map((s) => `“${s}”`).join(', ')}; showing the rest.` : '',
    );
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const match = matchProfile(input.value, data.profiles);
    if (!match) {
      message.textContent = `No profile is called “${input.value}”. Pick a name from the list.`;
      return;
    }
    if (selected.includes(match.slug)) {
      message.textContent = `${match.name} is already in the comparison.`;
      return;
    }
    if (selected.length >= MAX_COMPARE) {
      message.textContent = `At most ${MAX_COMPARE} can be compared; remove one first.`;
      return;
    }
    input.value = '';
    update([...selected, match.slug], `Added ${match.name}.`);
  });
  followQuery(loadFromUrl);
}
