/**
 * Serves both builds the browser tests use, from one process: `dist/` at the root on the first port and
 * `dist-base/` under the base path on the second. Started together, they are up in about half the time two
 * `astro preview` commands take one after the other (Playwright starts its web servers in turn).
 *
 * Usage: node scripts/preview-builds.ts <root port> <base-path port> <base path>
 */
import { preview } from 'astro';

const [rootPort, basePort, base] = process.argv.slice(2);
if (!rootPort || !basePort || !base)
  throw new Error('usage: preview-builds.ts <root port> <base-path port> <base path>');

await Promise.all([
  preview({ server: { port: Number(rootPort) } }),
  preview({ base, outDir: './dist-base', server: { port: Number(basePort) } }),
]);
// The line Playwright's web server waits for (playwright.config.ts).
console.log('both builds served');
