import { followQuery, writeQuery } from './url-state';
import { setHtml } from './dom';
import { alternativesHtml, selectedHtml, suggestionsHtml, summaryHtml, type Pick } from '../lib/compare/builder-html';
import { pairSlug } from '../lib/compare/pairs';
import { compareTableHtml } from '../lib/compare/render';
import { MAX_COMPARE, MIN_COMPARE, parseSelection, selectionQuery } from '../lib/compare/selection';
import { compareSummary } from '../lib/compare/summary';
import { compareGroups } from '../lib/compare/table';
import { fragment } from '../lib/html/html';
import type { BuilderIndex } from '../lib/compare/builder-index';
import type { PublishedProfile } from '../schemas/published';
import { previewImagePath } from '../lib/paths';
import { exactMatch, suggest } from '../lib/suggest';
import { withBase } from '../lib/urls';

const setMeta = (selector: string, attribute: string, value: string) =>
  document.querySelector(selector)?.setAttribute(attribute, value);

/**
 * /compare/: pick two to four profiles; the selection (`?with=`, order kept)
 * and "only differences" (`&diff=only`) live in the URL; adding, removing and
 * toggling push history entries. The page then reads as a pair page would:
 * its summary, title, canonical URL and preview.
 */
export function startCompareBuilder(): void {
  const app = document.querySelector<HTMLElement>('#compare-app');
  if (!app) return;
  const form = app.querySelector<HTMLFormElement>('#compare-form')!;
  const input = app.querySelector<HTMLInputElement>('#compare-add')!;
  const listbox = app.querySelector<HTMLUListElement>('#compare-suggestions')!;
  const message = app.querySelector<HTMLElement>('#compare-message')!;
  const selectedList = app.querySelector<HTMLUListElement>('#compare-selected')!;
  const alternatives = app.querySelector<HTMLElement>('#compare-alternatives')!;
  const summary = app.querySelector<HTMLUListElement>('#compare-summary')!;
  const tableHost = app.querySelector<HTMLElement>('#compare-table')!;
  const onlyDiffs = document.querySelector<HTMLInputElement>('#only-differences')!;
  const heading = document.querySelector<HTMLElement>('h1')!;
  const pairPages = new Set((app.dataset.pairs ?? '').split(' '));
  const defaults = { title: document.title, heading: heading.textContent };
  // The site's own origin (SITE_URL), as the page's canonical link was built with.
  const origin = new URL(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href)
    .origin;
  const absolute = (path: string) => new URL(withBase(path), origin).href;

  const index = JSON.parse(document.querySelector('#compare-index')?.textContent ?? '') as BuilderIndex;
  const bySlug = new Map(index.profiles.map((p) => [p.slug, p]));
  // Each picked profile's record, fetched once (/data/frameworks/<slug>.json) when it is first compared.
  const records = new Map<string, Promise<PublishedProfile>>();
  const record = (slug: string) => {
    let pending = records.get(slug);
    if (!pending) {
      pending = fetch(`${app.dataset.profiles ?? ''}${slug}.json`).then((r) => {
        if (!r.ok) throw new Error(`${r.status} for ${r.url}`);
        return r.json() as Promise<PublishedProfile>;
      });
      // A failed load is tried again at the next render rather than kept.
      pending.catch(() => records.delete(slug));
      records.set(slug, pending);
    }
    return pending;
  };
  // Renders overlap while records load: only the latest one may draw the table.
  let renders = 0;
  let selected: string[] = [];
  let suggestions: Pick[] = [];
  let active = -1;

  function drawSuggestions() {
    setHtml(listbox, suggestionsHtml(suggestions, active));
    const open = suggestions.length > 0;
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    const current = suggestions[active];
    if (current) input.setAttribute('aria-activedescendant', `compare-option-${current.slug}`);
    else input.removeAttribute('aria-activedescendant');
  }

  /** Title, canonical URL and preview as the pair page has them, or the builder's own for other selections. */
  function describe(names: string[]) {
    const pair = selected.length === 2 ? pairSlug(selected[0]!, selected[1]!) : '';
    const hasPage = pairPages.has(pair);
    const title = names.length >= MIN_COMPARE ? names.join(' vs ') : '';
    document.title = title ? `${title} · Backend Atlas` : defaults.title;
    heading.textContent = title || defaults.heading;
    const canonical = hasPage ? absolute(`compare/${pair}/`) : absolute(`compare/${location.search}`);
    setMeta('link[rel="canonical"]', 'href', canonical);
    setMeta('meta[property="og:url"]', 'content', canonical);
    for (const selector of ['meta[property="og:title"]', 'meta[name="twitter:title"]'])
      setMeta(selector, 'content', title || 'Compare frameworks');
    setMeta('meta[property="og:image"]', 'content', absolute(previewImagePath(hasPage ? pair : 'compare')));
  }

  async function render(note = '') {
    const picks = selected.flatMap((slug) => {
      const p = bySlug.get(slug);
      return p ? [p] : [];
    });
    const current = ++renders;
    setHtml(selectedList, selectedHtml(picks));
    const offered = [...new Set(picks.flatMap((p) => p.alternatives))]
      .filter((s) => !selected.includes(s) && bySlug.has(s))
      .map((s) => bySlug.get(s)!);
    setHtml(alternatives, alternativesHtml(selected.length < MAX_COMPARE ? offered : []));
    describe(picks.map((p) => p.name));
    const hint = picks.length < MIN_COMPARE ? `Add ${MIN_COMPARE - picks.length} more to compare.` : '';
    message.textContent = [note, hint].filter(Boolean).join(' ');
    if (picks.length < MIN_COMPARE) {
      setHtml(summary, fragment());
      setHtml(tableHost, fragment());
      return;
    }
    let full: PublishedProfile[];
    try {
      full = await Promise.all(picks.map((p) => record(p.slug)));
    } catch {
      if (current === renders)
        message.textContent = 'The profiles could not be loaded. Check the connection and reload.';
      return;
    }
    if (current !== renders) return;
    setHtml(summary, summaryHtml(compareSummary(full)));
    setHtml(
      tableHost,
      compareTableHtml(
        compareGroups(full, index.facts),
        full.map((p) => ({ id: p.slug, name: p.name })),
        withBase,
      ),
    );
    // A row named in the hash exists only now: bring it into view and mark it (`:target` was resolved before).
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target && tableHost.contains(target)) {
      target.classList.add('targeted');
      target.scrollIntoView({ block: 'start' });
    }
  }

  const query = () => [selectionQuery(selected), onlyDiffs.checked ? 'diff=only' : ''].filter(Boolean).join('&');

  function update(next: string[], note: string) {
    selected = next;
    writeQuery(query(), 'push');
    void render(note);
  }

  function add(slug: string) {
    const p = bySlug.get(slug);
    if (!p) return;
    suggestions = [];
    drawSuggestions();
    if (selected.includes(slug)) message.textContent = `${p.name} is already in the comparison.`;
    else if (selected.length >= MAX_COMPARE)
      message.textContent = `At most ${MAX_COMPARE} can be compared; remove one first.`;
    else {
      input.value = '';
      update([...selected, slug], `Added ${p.name}.`);
    }
  }

  function offerSuggestions() {
    suggestions = suggest(input.value, index.profiles);
    active = -1;
    drawSuggestions();
  }
  input.addEventListener('input', offerSuggestions);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (suggestions.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + suggestions.length) % suggestions.length;
      drawSuggestions();
    } else if (event.key === 'Escape') {
      suggestions = [];
      drawSuggestions();
    }
  });
  // mousedown, not click: it comes before the input loses focus.
  listbox.addEventListener('mousedown', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('[data-add]');
    if (!option) return;
    event.preventDefault();
    add(option.dataset.add ?? '');
  });
  app.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-add], button[data-remove]');
    if (!button) return;
    if (button.dataset.add) add(button.dataset.add);
    else {
      const slug = button.dataset.remove ?? '';
      update(
        selected.filter((s) => s !== slug),
        `Removed ${bySlug.get(slug)?.name ?? slug}.`,
      );
      input.focus();
    }
  });
  onlyDiffs.addEventListener('change', () => {
    writeQuery(query(), 'push');
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = suggestions[active] ?? exactMatch(input.value, index.profiles);
    if (chosen) {
      add(chosen.slug);
      return;
    }
    const near = suggest(input.value, index.profiles, 3);
    message.textContent = near.length
      ? `No profile is called “${input.value}”. Did you mean ${near.map((p) => p.name).join(', ')}?`
      : `No profile is called “${input.value}”. Pick a name from the suggestions.`;
  });

  followQuery((search) => {
    const { slugs, unknown } = parseSelection(search, new Set(bySlug.keys()));
    selected = slugs;
    onlyDiffs.checked = new URLSearchParams(search).get('diff') === 'only';
    void render(
      unknown.length > 0 ? `No profile is called ${unknown.map((s) => `“${s}”`).join(', ')}; showing the rest.` : '',
    );
  });
  // Words typed before the script ran get their suggestions now rather than at the next keystroke.
  if (input.value) offerSuggestions();
}
