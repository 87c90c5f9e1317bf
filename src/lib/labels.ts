import { licenseLabel } from './license';
import type { ProfileData } from '../schemas/profile';
import { architectures, hostingModels, statuses } from '../schemas/taxonomy';

/** Display labels for a profile's controlled-vocabulary facts. */
export function factLabels(data: ProfileData) {
  return {
    kind: data.kind === 'framework' ? 'Framework' : 'Platform',
    architecture: architectures[data.architecture.value].label,
    status: statuses[data.status.value].label,
    license: licenseLabel(data.license.value),
    hosting: data.kind === 'platform' ? hostingModels[data.hosting.value].label : undefined,
  };
}
