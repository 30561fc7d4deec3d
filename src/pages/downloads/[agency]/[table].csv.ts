/** /downloads/<province bureau>/<table>.csv — one table of one province, only when the downloads are split by province (see dataset.json.ts beside). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { TABLE_NAMES } from '../../../lib/export/downloads';
import { csvResponse, scopeOf, siteExport } from '../../../lib/export/site-export';
import type { TableName } from '../../../lib/export/tables';

export const getStaticPaths = (async () => {
  const exp = await siteExport(undefined);
  return exp.provinces.flatMap((s) => TABLE_NAMES.map((table) => ({ params: { agency: s.agency!.slug, table } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const exp = await siteExport(site);
  return csvResponse(exp, scopeOf(exp, params.agency!), params.table as TableName);
};
