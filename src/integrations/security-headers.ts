import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, metaPolicy } from '../lib/security-policy';

/**
 * Writes `_headers` after the build from the policies Astro put in each page,
 * so hosts that send headers enforce the same policy plus framing and MIME
 * rules. A page without a policy fails the build: it would ship unprotected.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'atlas-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.html'))
          .sort();
        const missing: string[] = [];
        const policies = pages.flatMap((page) => {
          const policy = metaPolicy(readFileSync(join(outDir, page), 'utf8'));
          if (!policy) missing.push(page);
          return policy ? [policy] : [];
        });
        if (missing.length > 0) throw new Error(`No content security policy in: ${missing.join(', ')}`);
        writeFileSync(join(outDir, '_headers'), headersFile(policies));
        logger.info(`wrote _headers from the policies of ${pages.length} pages`);
      },
    },
  };
}
