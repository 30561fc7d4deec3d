/** /downloads/dataset.json — every document, validated, with the release id. */
import type { APIRoute } from 'astro';
import { jsonResponse, scopeOf, siteExport } from '../../lib/export/site-export';

export const GET: APIRoute = async ({ site }) => {
  const exp = await siteExport(site);
  return jsonResponse(exp, scopeOf(exp, 'all'));
};
