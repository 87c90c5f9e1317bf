import { PROPRIETARY } from '../schemas/licenses';

/** "proprietary" reads as a word; SPDX expressions are shown as written. */
export function licenseLabel(value: string): string {
  return value === PROPRIETARY ? 'Proprietary' : value;
}
