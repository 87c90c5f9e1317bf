/**
 * SPDX identifiers a profile may use (https://spdx.org/licenses/), alone or
 * combined with OR / AND as SPDX expressions such as `MIT OR Apache-2.0`.
 */
export const spdxIds = [
  'MIT',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  'MPL-2.0',
  'EPL-1.0',
  'EPL-2.0',
  'LGPL-2.1-only',
  'LGPL-2.1-or-later',
  'LGPL-3.0-only',
  'GPL-2.0-only',
  'GPL-3.0-only',
  'AGPL-3.0-only',
  'SSPL-1.0',
  'Artistic-2.0',
  'BUSL-1.1',
  'FSL-1.1-ALv2',
  'BSL-1.0',
  'Unlicense',
  '0BSD',
] as const;

/**
 * Licenses whose source is public but which restrict use, so they are not open source (not OSI-approved):
 * a finder answer "open source only" leaves them out.
 */
const sourceAvailable = new Set(['SSPL-1.0', 'BUSL-1.1', 'FSL-1.1-ALv2', 'LicenseRef-MSCL-1.0-GPL']);

/** The license value of a closed-source platform. */
export const PROPRIETARY = 'proprietary';

/** The SPDX ids that an expression such as `MIT OR Apache-2.0` is made of. */
export function spdxTerms(expression: string): string[] {
  return expression.split(/\s+(?:OR|AND)\s+/);
}

/** True for an id on the SPDX list (as opposed to a `LicenseRef-` of a license the list lacks). */
export const isListedSpdxId = (term: string): boolean => (spdxIds as readonly string[]).includes(term);

/**
 * SPDX's form for a license not on its list, e.g. `LicenseRef-MSCL-1.0-GPL`; the profile's license note says
 * what the license is.
 */
const licenseRef = /^LicenseRef-[A-Za-z0-9.-]+$/;

/** True when every term of the expression is a known SPDX id or a `LicenseRef-`. */
export function isSpdxExpression(expression: string): boolean {
  return spdxTerms(expression).every((term) => isListedSpdxId(term) || licenseRef.test(term));
}

/** True for an open-source license: neither proprietary nor one whose terms are all source-available. */
export function isOpenSource(expression: string): boolean {
  return expression !== PROPRIETARY && !spdxTerms(expression).every((term) => sourceAvailable.has(term));
}
