/** Values of one attribute across an HTML document (Astro always quotes attributes). */
export function attributeValues(html: string, attribute: string): string[] {
  const pattern = new RegExp(`\\s${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((m) => decodeEntities(m[1]!));
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Each feature row of a profile or pair page (`<tr id="feature-<key>">` … `</tr>`), by feature key, read in one pass. */
export function featureRows(html: string): Map<string, string> {
  return new Map([...html.matchAll(/<tr id="feature-([a-z0-9-]+)"[\s\S]*?<\/tr>/g)].map((m) => [m[1]!, m[0]]));
}
