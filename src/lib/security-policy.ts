import { createHash } from 'node:crypto';

/**
 * The content security policy, defined once: Astro emits it as a <meta> on
 * every page (adding the hashes of its own scripts and styles to script-src and
 * style-src), and `public/_headers` repeats it for hosts that send headers.
 * Everything is same-origin: no page loads anything from another host.
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Script sources besides Astro's hashes: same-origin bundles, and Pagefind's WebAssembly. */
export const cspScriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** A CSP source expression for an inline script's exact text. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/** Headers that only a server can send: a <meta> policy cannot forbid framing. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** The `content` of a page's CSP <meta>, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}

/** Splits a policy into directive name → sources, in the order written. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, [...(directives.get(name) ?? []), ...sources]);
  }
  return directives;
}

/**
 * One policy that allows what any of the pages' policies allows (the union of
 * each directive's sources), for a header sent with every file. Browsers
 * enforce both the header and the page's own <meta>, so each page stays as
 * strict as its meta; the header adds what a meta cannot say.
 */
export function mergePolicies(policies: readonly string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const set = merged.get(name) ?? new Set<string>();
      sources.forEach((s) => set.add(s));
      merged.set(name, set);
    }
  }
  return [...[...merged].map(([name, sources]) => [name, ...sources].join(' ')), ...headerOnlyDirectives].join('; ');
}

/** The `_headers` file (Netlify, Cloudflare Pages) for a site whose pages carry these policies. */
export function headersFile(policies: readonly string[]): string {
  return [
    '/*',
    `  Content-Security-Policy: ${mergePolicies(policies)}`,
    '  X-Content-Type-Options: nosniff',
    '  X-Frame-Options: DENY',
    '  Referrer-Policy: no-referrer',
    '',
  ].join('\n');
}
