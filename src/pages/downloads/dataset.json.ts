/** /downloads/dataset.json — every document, validated, with the release id (from the downloads summary: the shards' parts in a global build). */
import type { APIRoute } from 'astro';
import { allJson } from '../../lib/export/site-export';

export const GET: APIRoute = async ({ site }) => new Response(await allJson(site), { headers: { 'content-type': 'application/json; charset=utf-8' } });
