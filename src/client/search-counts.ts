import type { FeatureKey } from '../schemas/features';
import type { OptionCounts } from '../lib/search/counts';
import type { FacetName } from '../lib/search/facets';
import { isFeatureLevel } from '../lib/search/levels';

/** Shows a count, or "?" when it is not known: a missing number is never shown as 0. */
function show(span: HTMLElement, count: number | undefined) {
  span.textContent = count === undefined ? '?' : String(count);
  span.toggleAttribute('data-zero', count === 0);
  span.toggleAttribute('data-unknown', count === undefined);
}

/** Marks every count unknown (a deep link's state differs from the build-time counts until computed). */
export function clearCounts(root: HTMLElement): void {
  for (const span of root.querySelectorAll<HTMLElement>('[data-count]')) show(span, undefined);
}

/** Writes each option's count into the filters, and each level's into its select. */
export function showCounts(root: HTMLElement, counts: OptionCounts): void {
  for (const span of root.querySelectorAll<HTMLElement>('[data-count]')) {
    const [type, name = '', ...rest] = (span.dataset.count ?? '').split(':');
    const value = rest.join(':');
    show(span, type === 'feature' ? counts.feature(name as FeatureKey) : counts.facet(name as FacetName, value));
  }
  for (const select of root.querySelectorAll<HTMLSelectElement>('select[data-level-for]')) {
    const key = select.dataset.levelFor as FeatureKey;
    for (const option of select.options) {
      if (!isFeatureLevel(option.value)) continue;
      const count = counts.level(key, option.value);
      option.textContent = `${option.dataset.label ?? option.value} (${count ?? '?'})`;
    }
  }
}
