import { features, type FeatureKey } from '../schemas/features';
import type { SupportLevel } from '../schemas/support-levels';
import { levelDisplay } from '../lib/statements';
import type { FeatureChoice } from '../lib/search/state';
import type { PagefindResultData } from './pagefind-api';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A result's level per feature, read from the `levels` meta (`orm=built-in;websockets=none`). */
function levelsOf(data: PagefindResultData): Partial<Record<FeatureKey, SupportLevel>> {
  const pairs = (data.meta.levels ?? '').split(';').map((pair) => pair.split('='));
  return Object.fromEntries(pairs.filter((p) => p.length === 2)) as Partial<Record<FeatureKey, SupportLevel>>;
}

/** Pagefind's excerpt is escaped text with `<mark>` around matched words; only those marks are kept. */
function excerpt(html: string): HTMLParagraphElement {
  const p = element('p', 'result-excerpt');
  for (const [i, part] of html.split(/<\/?mark>/).entries()) {
    const text = new DOMParser().parseFromString(part, 'text/html').documentElement.textContent ?? '';
    p.append(i % 2 === 1 ? element('mark', '', text) : document.createTextNode(text));
  }
  return p;
}

/**
 * One result: its name linking to the page, a badge for the kind of page and
 * the languages, the tagline, an excerpt with the matched words marked, links
 * to the matching sections, and this result's level for each ticked feature.
 */
export function renderResult(data: PagefindResultData, ticked: FeatureChoice[], hasQuery: boolean): HTMLLIElement {
  const item = element('li', 'result');
  const title = element('h3', 'result-title');
  const link = element('a', '', data.meta.title ?? data.url);
  link.href = data.url;
  title.append(link);
  item.append(title);

  const badges = element('ul', 'result-badges');
  badges.setAttribute('aria-label', 'About this page');
  if (data.meta.type) badges.append(element('li', 'badge', data.meta.type));
  for (const language of data.filters.language ?? []) badges.append(element('li', 'badge', language));
  for (const language of data.filters.sdk ?? []) badges.append(element('li', 'badge', `SDK: ${language}`));
  for (const language of data.filters.functions ?? []) badges.append(element('li', 'badge', `Functions: ${language}`));
  if (badges.childElementCount > 0) item.append(badges);

  if (data.meta.tagline) item.append(element('p', 'result-tagline', data.meta.tagline));
  if (hasQuery && data.excerpt) item.append(excerpt(data.excerpt));

  const sections = (data.sub_results ?? []).filter((s) => s.anchor && s.url.includes('#')).slice(0, 3);
  if (hasQuery && sections.length > 0) {
    const list = element('ul', 'result-sections');
    list.setAttribute('aria-label', `Matching sections of ${data.meta.title ?? 'this page'}`);
    for (const section of sections) {
      const li = element('li', '');
      const a = element('a', '', section.anchor!.text.replace(/^#\s*|\s*#$/g, '') || section.title);
      a.href = section.url;
      li.append(a);
      list.append(li);
    }
    item.append(list);
  }

  const levels = levelsOf(data);
  if (ticked.length > 0 && data.meta.levels) {
    const parts = ticked.map(({ key }) => {
      const name = features.find((f) => f.key === key)?.name ?? key;
      return `${name}: ${levelDisplay[levels[key] ?? 'unknown'].label.toLowerCase()}`;
    });
    item.append(element('p', 'result-features', parts.join(' · ')));
  }
  return item;
}
