import type { APIRoute } from 'astro';
import { withBase } from '../lib/urls';

/** Allows everything and points crawlers at the sitemap, under the configured site and base path. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain' },
  });
};
