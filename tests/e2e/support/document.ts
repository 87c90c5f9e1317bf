import { expect, type APIRequestContext } from '@playwright/test';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

/**
 * A served page parsed as HTML, for checks of what the markup says: reading
 * it in the test process is some fifty times cheaper than rendering it in a
 * browser, and pages whose content is static need nothing more. (The walks
 * over every page, in `html.ts`, match attributes and rows by pattern
 * instead: parsing hundreds of pages would cost more than they check.)
 */
export async function servedDocument(request: APIRequestContext, path: string): Promise<Root> {
  const response = await request.get(path);
  expect(response.status(), `/${path}: HTTP status`).toBe(200);
  return fromHtml(await response.text());
}

/** A node's text with runs of white space collapsed, as a reader (and Playwright's toHaveText) sees it. */
export const textOf = (node: Parameters<typeof toString>[0] | undefined): string =>
  node === undefined ? '' : toString(node).replace(/\s+/g, ' ').trim();
