/**
 * /downloads/<province bureau>/dataset.json — one province's documents (the national bureau's
 * own under its slug), only when the whole-corpus downloads are split by province
 * (site-export.ts, `downloadsSplit`). Rendered by the build that has the province's documents:
 * its shard (the folder is the province bureau's, which the merge takes from its owner).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, scopeOf, siteExport } from '../../../lib/export/site-export';

export const getStaticPaths = (async () => {
  const exp = await siteExport(undefined);
  return exp.provinces.map((s) => ({ params: { agency: s.agency!.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const exp = await siteExport(site);
  return jsonResponse(exp, scopeOf(exp, params.agency!));
};
