/**
 * /data/document-index.json — the ids of every bundled document (document id, agency, year,
 * partOf, project ids; src/lib/dataset/document-index.ts), for the browser validator: it checks
 * uploaded files against them as `npm run validate` checks against the bundled documents (ids
 * unique across all data, partOf and report references).
 */
import type { APIRoute } from 'astro';
import { readDocumentIndex } from '../../lib/dataset/document-index';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(readDocumentIndex(process.env.MINGZHANG_DATA ?? 'data')), { headers: { 'content-type': 'application/json; charset=utf-8' } });
