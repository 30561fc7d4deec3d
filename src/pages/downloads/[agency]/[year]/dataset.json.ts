/** /downloads/<agency>/<year>/dataset.json — one agency-year's documents, with the release id. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, scopeOf, siteExport } from '../../../../lib/export/site-export';

export const getStaticPaths = (async () => {
  const exp = await siteExport(undefined);
  return exp.scopes.filter((s) => s.agency).map((s) => ({ params: { agency: s.agency!.slug, year: String(s.fiscalYear) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const exp = await siteExport(site);
  return jsonResponse(exp, scopeOf(exp, `${params.agency}/${params.year}`));
};
