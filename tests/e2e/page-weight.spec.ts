import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/test';
import { attributeValues } from './support/html';
import { pageType, sitemapPaths } from './support/site';

// Page weight in bytes (gzip), not time: content pages ship no JavaScript
// beyond one small site-wide script, and a profile page's HTML + CSS stays small.
const gz = (text: string | Buffer) => gzipSync(text).length;
const file = (path: string) => readFileSync(join('dist', path));

interface Weight {
  html: number;
  css: number;
  js: number;
}

function weigh(path: string): Weight {
  const html = file(join(path, 'index.html')).toString();
  const css = attributeValues(html, 'href')
    .filter((href) => href.endsWith('.css'))
    .reduce((sum, href) => sum + gz(file(href)), 0);
  const external = attributeValues(html, 'src')
    .filter((src) => src.endsWith('.js'))
    .map((src) => file(src).toString());
  const inline = [
    ...html.matchAll(/<script(?![^>]*(?:src=|application\/(?:ld\+)?json))[^>]*>([\s\S]*?)<\/script>/g),
  ].map((m) => m[1]!);
  const scripts = [...external, ...inline];
  return { html: gz(html), css, js: scripts.length ? gz(scripts.join('\n')) : 0 };
}

test('page weight per page type: no JavaScript on content pages beyond the 1 KB site script, 4 KB with a sortable or filterable table', () => {
  const byType = new Map<string, { path: string; weight: Weight }[]>();
  for (const path of sitemapPaths()) {
    const t = pageType(path);
    byType.set(t, [...(byType.get(t) ?? []), { path, weight: weigh(path) }]);
  }
  const rows = [...byType.entries()].map(([t, pages]) => {
    const max = (key: keyof Weight) => Math.max(...pages.map((p) => p.weight[key]));
    return {
      type: t,
      pages: pages.length,
      'max html gz': max('html'),
      'max css gz': max('css'),
      'max js gz': max('js'),
    };
  });
  console.table(rows);

  const interactive = new Set(['search/', 'compare/', 'finder/']);
  // Pages with a table that sorts or filters in place (the overview on home and language pages, the matrix)
  // carry its script, within 4 KB.
  const filterable = (path: string) => /class="(overview|matrix)"/.test(file(join(path, 'index.html')).toString());
  for (const [t, pages] of byType) {
    for (const { path, weight } of pages) {
      if (interactive.has(path)) continue;
      const budget = filterable(path) ? 4 * 1024 : 1024;
      expect.soft(weight.js, `/${path}: JavaScript (gzip bytes)`).toBeLessThanOrEqual(budget);
      if (t === 'frameworks/<item>')
        expect.soft(weight.html + weight.css, `/${path}: HTML + CSS (gzip bytes)`).toBeLessThan(30 * 1024);
    }
  }
});

/** The scripts a module script loads: itself and, recursively, the chunks it imports (as site paths). */
function importGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const dir = entry.slice(0, entry.lastIndexOf('/') + 1);
  for (const [, relative] of file(entry)
    .toString()
    .matchAll(/(?:from|import)\s*\(?\s*"(\.\/[^"]+\.js)"/g))
    importGraph(dir + relative!.slice(2), seen);
  return seen;
}

test('search, compare and finder each load their own script, and none loads another one’s', () => {
  const interactive = ['search/', 'compare/', 'finder/'];
  const entries = interactive.map((path) => {
    const html = file(join(path, 'index.html')).toString();
    const external = attributeValues(html, 'src').filter((src) => src.endsWith('.js'));
    // Exactly one: the page's own bundle (a page with none would not work; a second would be someone else's code).
    expect(external, `/${path}: external scripts`).toHaveLength(1);
    return { path, entry: external[0]!, ...weigh(path) };
  });
  console.table(entries.map(({ path, js }) => ({ path, 'js gz': js })));
  expect(new Set(entries.map((e) => e.entry)).size, 'three different bundles').toBe(3);
  for (const { path, entry } of entries) {
    const loaded = importGraph(entry);
    for (const other of entries)
      if (other.path !== path)
        expect.soft(loaded.has(other.entry), `/${path} loads /${other.path}'s script`).toBe(false);
  }
});
