import { z } from 'astro/zod';

/**
 * `z.enum` whose error names what was found and lists what is expected, so a
 * typo in front matter reads as e.g. `expected one of mvc, mvt; found "MVC"`.
 */
export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => `expected one of ${values.join(', ')}; found ${JSON.stringify(issue.input)}`,
  });
}
