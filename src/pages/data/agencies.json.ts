/**
 * /data/agencies.json — the agency registry byte for byte as in data/, for the browser
 * validator (which checks uploaded files against it) and for anyone who wants the list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';

export const GET: APIRoute = () =>
  new Response(readFileSync(join(process.env.MINGZHANG_DATA ?? 'data', 'agencies.json')), { headers: { 'content-type': 'application/json; charset=utf-8' } });
