/** /downloads/<table>.csv — one table (projects, indicators, final-accounts, findings) of every document. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { TABLE_NAMES } from '../../lib/export/downloads';
import { csvResponse, scopeOf, siteExport } from '../../lib/export/site-export';
import type { TableName } from '../../lib/export/tables';

export const getStaticPaths = (() => TABLE_NAMES.map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const exp = await siteExport(site);
  return csvResponse(exp, scopeOf(exp, 'all'), params.table as TableName);
};
