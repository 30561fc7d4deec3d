/** /badge/<agency>/<year>.svg — the badge an agency links back to 明账 with (see /guide/#badge). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { badgeSvg } from '../../../lib/export/badge';
import { scopeOf, siteExport } from '../../../lib/export/site-export';

export const getStaticPaths = (async () => {
  const exp = await siteExport(undefined);
  return exp.scopes.filter((s) => s.agency).map((s) => ({ params: { agency: s.agency!.slug, year: String(s.fiscalYear) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const exp = await siteExport(undefined);
  const scope = scopeOf(exp, `${params.agency}/${params.year}`);
  const svg = badgeSvg({ agencyName: scope.agency!.shortName ?? scope.agency!.name, fiscalYear: scope.fiscalYear!, documentCount: scope.documents.length });
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
