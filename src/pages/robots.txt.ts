/** /robots.txt — everything may be crawled; the sitemap says where every page is. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/export/site-export';

export const GET: APIRoute = ({ site }) => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site)}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
