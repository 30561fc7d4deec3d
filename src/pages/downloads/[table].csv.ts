/**
 * /downloads/<table>.csv — one table (projects, indicators, final-accounts, findings) of every
 * document (from the downloads summary). Not rendered when the downloads are split by province
 * (then /downloads/<province>/<table>.csv).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { TABLE_NAMES } from '../../lib/export/downloads';
import { allTable, downloadsSplit } from '../../lib/export/site-export';
import type { TableName } from '../../lib/export/tables';

export const getStaticPaths = (() => (downloadsSplit() ? [] : TABLE_NAMES.map((table) => ({ params: { table } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => new Response(await allTable(site, params.table as TableName), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
