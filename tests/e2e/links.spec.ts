import { expect, test } from './support/test';
import { attributeValues } from './support/html';
import { sitemapPaths } from './support/site';
import { basePathURL } from '../../playwright.config';

test.use({ baseURL: basePathURL });

// Link checker over the preview server: every internal link and asset
// reference of every page resolves under the base path, and every #fragment
// names an element id on its target page.
test('no broken internal link or anchor', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const root = new URL(baseURL!);
  const pages = new Map<string, { status: number; ids: Set<string> }>();

  async function load(url: URL) {
    const key = url.pathname;
    let entry = pages.get(key);
    if (!entry) {
      const response = await request.get(url.href);
      const isHtml = (response.headers()['content-type'] ?? '').includes('text/html');
      const ids = isHtml ? new Set(attributeValues(await response.text(), 'id')) : new Set<string>();
      entry = { status: response.status(), ids };
      pages.set(key, entry);
    }
    return entry;
  }

  const broken: string[] = [];
  for (const path of sitemapPaths()) {
    const pageUrl = new URL(path, root);
    const response = await request.get(pageUrl.href);
    const html = await response.text();
    const refs = [...attributeValues(html, 'href'), ...attributeValues(html, 'src')];
    for (const ref of refs) {
      const target = new URL(ref, pageUrl);
      if (target.origin !== root.origin) continue;
      if (!target.pathname.startsWith(root.pathname)) {
        broken.push(`/${path}: ${ref} is outside the base path ${root.pathname}`);
        continue;
      }
      const { status, ids } = await load(target);
      if (status !== 200) broken.push(`/${path}: ${ref} answers ${status}`);
      else if (target.hash && !ids.has(decodeURIComponent(target.hash.slice(1)))) {
        broken.push(`/${path}: ${ref} points to a missing anchor`);
      }
    }
  }
  expect(broken).toEqual([]);
});
