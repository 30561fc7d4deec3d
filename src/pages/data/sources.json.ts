/** /data/sources.json — the archived-source registry byte for byte as in data/sources/, for the browser validator. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';

export const GET: APIRoute = () =>
  new Response(readFileSync(join(process.env.MINGZHANG_DATA ?? 'data', 'sources', 'sources.json')), { headers: { 'content-type': 'application/json; charset=utf-8' } });
