import { factLabels } from './labels';
import { builtInCount, languagesOf, type Profile } from './profiles';

/** One row of the overview table: display text and the value each column sorts by. */
export interface OverviewRow {
  slug: string;
  name: string;
  kind: string;
  languages: string;
  license: string;
  firstRelease: number;
  architecture: string;
  builtIn: number;
}

export function overviewRows(profiles: readonly Profile[]): OverviewRow[] {
  return profiles.map(({ id, data }) => {
    const labels = factLabels(data);
    return {
      slug: id,
      name: data.name,
      kind: labels.kind,
      languages: languagesOf(data).join(', '),
      license: labels.license,
      firstRelease: data.firstRelease.value,
      architecture: labels.architecture,
      builtIn: builtInCount(data),
    };
  });
}
