import { describe, expect, it } from 'vitest';
import { cspHash, headersFile, mergePolicies, metaPolicy, parsePolicy } from '../../src/lib/security-policy';
import { scriptJson } from '../../src/lib/script-json';

describe('content security policy', () => {
  it('reads a page’s policy from its meta element', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'"></head>`;
    expect(metaPolicy(html)).toBe("default-src 'self'; script-src 'self'");
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });

  it('merges page policies into one that allows what any page allows, and forbids framing', () => {
    const merged = parsePolicy(
      mergePolicies([
        "default-src 'self'; script-src 'self' 'sha256-a'",
        "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self'",
      ]),
    );
    expect(merged.get('default-src')).toEqual(["'self'"]);
    expect(merged.get('script-src')).toEqual(["'self'", "'sha256-a'", "'sha256-b'"]);
    expect(merged.get('style-src')).toEqual(["'self'"]);
    expect(merged.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('writes a _headers file for every path with the policy, MIME sniffing off, no framing and no referrer', () => {
    const lines = headersFile(["default-src 'self'"]).split('\n');
    expect(lines[0]).toBe('/*');
    expect(lines).toContain("  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'");
    expect(lines).toContain('  X-Content-Type-Options: nosniff');
    expect(lines).toContain('  X-Frame-Options: DENY');
    expect(lines).toContain('  Referrer-Policy: no-referrer');
  });

  it('hashes an inline script as browsers do (SHA-256 of its exact text, base64)', () => {
    // The empty string's SHA-256, a value any CSP tool reports for an empty inline script.
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('JSON inside a script element', () => {
  it('cannot close the element or open a comment, and reads back as the same value', () => {
    const value = { tagline: 'Fast </script><script>alert(1)</script> & <!-- safe -->', line: 'a\u2028b' };
    const text = scriptJson(value);
    expect(text).not.toMatch(/<\/script|<!--|[<>&\u2028]/i);
    expect(JSON.parse(text)).toEqual(value);
  });
});
