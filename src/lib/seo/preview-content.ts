import { compareSummary } from '../compare/summary';
import type { RelatedPair } from '../compare/pairs';
import { factLabels } from '../labels';
import { languagesOf, type Profile } from '../profiles';

/** What one link preview shows; `name` is the page's slug and the image's file name. */
export interface PreviewContent {
  name: string;
  title: string;
  lines: string[];
}

/** The generic preview of the compare builder, for selections without a pair page. */
export const COMPARE_PREVIEW = 'compare';

/** Previews for profile pages (name, tagline, key facts), pair pages (both names, the data summary) and the builder. */
export function previewContents(
  profiles: readonly Profile[],
  pairs: readonly RelatedPair<Profile>[],
): PreviewContent[] {
  return [
    ...profiles.map(({ id, data }) => {
      const labels = factLabels(data);
      const languages = languagesOf(data).join(', ');
      return {
        name: id,
        title: data.name,
        lines: [data.tagline, `${languages || labels.kind} · ${labels.license} · since ${data.firstRelease.value}`],
      };
    }),
    ...pairs.map((pair) => ({
      name: pair.slug,
      title: `${pair.a.data.name} vs ${pair.b.data.name}`,
      lines: compareSummary([pair.a.data, pair.b.data]).slice(0, 2),
    })),
    {
      name: COMPARE_PREVIEW,
      title: 'Compare frameworks',
      lines: ['Two to four backend frameworks or platforms side by side.', 'Facts and feature support, with sources.'],
    },
  ];
}
