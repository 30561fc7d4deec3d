/**
 * /data/documents.json — the text of every bundled document file, as in data/disclosures/,
 * for the browser validator: it checks uploaded files against the bundled documents as
 * `npm run validate` does (ids unique across all data, partOf and report references).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { APIRoute } from 'astro';
import { listFiles } from '../../lib/dataset/read-files';

export const GET: APIRoute = () => {
  const dataDir = process.env.MINGZHANG_DATA ?? 'data';
  const files = listFiles(join(dataDir, 'disclosures'), ['.json']).map((abs) => ({
    path: `data/${relative(dataDir, abs).replaceAll('\\', '/')}`,
    text: readFileSync(abs, 'utf8'),
  }));
  return new Response(JSON.stringify({ files }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
