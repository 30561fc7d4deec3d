/**
 * /downloads/dataset.json — every document, validated, with the release id (from the downloads
 * summary: the shards' parts in a global build). Not rendered when the downloads are split by
 * province (`downloadsSplit`): then each province has its own (/downloads/<province>/dataset.json).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allJson, downloadsSplit } from '../../lib/export/site-export';

export const getStaticPaths = (() => (downloadsSplit() ? [] : [{ params: { dataset: 'dataset' } }])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => new Response(await allJson(site), { headers: { 'content-type': 'application/json; charset=utf-8' } });
