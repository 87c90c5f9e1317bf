import { facetValueLabel } from '../lib/search/labels';
import type { PagefindResultData } from './pagefind-api';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * One result: the name linking to the profile, its tagline, kind and language
 * badges, and which of the ticked features it has (built in or as official package).
 */
export function renderResult(data: PagefindResultData, tickedFeatures: string[]): HTMLLIElement {
  const item = element('li', 'result');
  const title = element('h3', 'result-title');
  const link = element('a', '', data.meta.title ?? data.url);
  link.href = data.url;
  title.append(link);
  item.append(title);
  if (data.meta.tagline) item.append(element('p', 'result-tagline', data.meta.tagline));

  const badges = element('p', 'result-badges');
  for (const kind of data.filters.kind ?? []) badges.append(element('span', 'badge', facetValueLabel('kind', kind)));
  for (const language of data.filters.language ?? []) badges.append(element('span', 'badge', language));
  if (badges.childElementCount > 0) item.append(badges);

  const offered = new Set([...(data.filters.has ?? []), ...(data.filters.offers ?? [])]);
  const matched = [...new Set(tickedFeatures)].filter((key) => offered.has(key));
  if (matched.length > 0) {
    const builtIn = new Set(data.filters.has ?? []);
    const parts = matched.map(
      (key) => `${facetValueLabel('has', key)}${builtIn.has(key) ? '' : ' (official package)'}`,
    );
    item.append(element('p', 'result-features', `Has: ${parts.join(', ')}`));
  }
  return item;
}
