import type { ProfileData } from '../../schemas/profile';
import { isListedSpdxId } from '../../schemas/licenses';

/** schema.org license value: the SPDX page for a single listed id, else the text (expression, LicenseRef …). */
function licenseValue(license: string): string {
  return isListedSpdxId(license) ? `https://spdx.org/licenses/${license}.html` : license;
}

/**
 * JSON-LD for a profile page: SoftwareSourceCode for a framework (with its
 * languages and repository), SoftwareApplication for a platform.
 */
export function profileJsonLd(data: ProfileData, url: string): Record<string, unknown> {
  const common = {
    '@context': 'https://schema.org',
    name: data.name,
    description: data.tagline,
    url,
    sameAs: data.website,
    license: licenseValue(data.license.value),
    dateModified: data.verified.toISOString().slice(0, 10),
  };
  if (data.kind === 'framework') {
    return {
      ...common,
      '@type': 'SoftwareSourceCode',
      programmingLanguage: data.languages,
      runtimePlatform: data.runtime,
      codeRepository: data.repository,
    };
  }
  return {
    ...common,
    '@type': 'SoftwareApplication',
    applicationCategory: 'DeveloperApplication',
    ...(data.repository ? { codeRepository: data.repository } : {}),
  };
}
