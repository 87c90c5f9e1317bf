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
  // Not on the SPDX list: the Repoze license, as Pyramid's own package metadata names it.
  'LicenseRef-Repoze-BSD-derived',
] as const;

/** The license value of a closed-source platform. */
export const PROPRIETARY = 'proprietary';

/** The SPDX ids that an expression such as `MIT OR Apache-2.0` is made of. */
export function spdxTerms(expression: string): string[] {
  return expression.split(/\s+(?:OR|AND)\s+/);
}

/** True when every term of the expression is a known SPDX id. */
export function isSpdxExpression(expression: string): boolean {
  return spdxTerms(expression).every((term) => (spdxIds as readonly string[]).includes(term));
}
