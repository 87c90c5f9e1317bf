import { factLabels } from './labels';
import { languagesOf, languageSlug } from './profiles';
import { languagePath } from './paths';
import type { ProfileData } from '../schemas/profile';

/** One row of a profile's key facts: a label, a value, and where it was read. */
export interface FactRow {
  /** Stable anchor id, e.g. `fact-license`. */
  id: string;
  label: string;
  /** Text value, or links (languages). */
  value: string | { text: string; path: string }[];
  /** External link shown as the value (website, repository). */
  href?: string;
  source?: string;
  note?: string;
}

/** The key facts of a profile in display order, each with its source. */
export function factRows(data: ProfileData): FactRow[] {
  const labels = factLabels(data);
  const rows: FactRow[] = [{ id: 'fact-kind', label: 'Kind', value: labels.kind }];
  if (data.kind === 'framework') {
    rows.push(
      {
        id: 'fact-languages',
        label: 'Languages',
        value: languagesOf(data).map((name) => ({ text: name, path: languagePath(languageSlug(name)) })),
      },
      { id: 'fact-runtime', label: 'Runtime', value: data.runtime },
    );
  } else {
    rows.push({ id: 'fact-hosting', label: 'Hosting', value: labels.hosting ?? '', ...sourced(data.hosting) });
    if (data.sdkLanguages) {
      rows.push({
        id: 'fact-sdk-languages',
        label: 'SDK languages',
        value: data.sdkLanguages.value.join(', '),
        ...sourced(data.sdkLanguages),
      });
    }
    if (data.functionLanguages) {
      rows.push({
        id: 'fact-function-languages',
        label: 'Function languages',
        value: data.functionLanguages.value.join(', '),
        ...sourced(data.functionLanguages),
      });
    }
  }
  rows.push(
    { id: 'fact-license', label: 'License', value: labels.license, ...sourced(data.license) },
    {
      id: 'fact-first-release',
      label: 'First release',
      value: String(data.firstRelease.value),
      ...sourced(data.firstRelease),
    },
    { id: 'fact-status', label: 'Status', value: labels.status, ...sourced(data.status) },
    { id: 'fact-architecture', label: 'Architecture', value: labels.architecture, ...sourced(data.architecture) },
    { id: 'fact-maintainer', label: 'Maintainer', value: data.maintainer.value, ...sourced(data.maintainer) },
    { id: 'fact-website', label: 'Website', value: data.website, href: data.website },
  );
  if (data.repository) {
    rows.push({ id: 'fact-repository', label: 'Repository', value: data.repository, href: data.repository });
  }
  return rows;
}

function sourced(fact: { source: string; note?: string | undefined }): Pick<FactRow, 'source' | 'note'> {
  return fact.note === undefined ? { source: fact.source } : { source: fact.source, note: fact.note };
}
