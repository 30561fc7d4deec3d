/**
 * The checking half of the browser validator (/validator/), loaded only when the user asks for
 * a check (src/scripts/validator.ts imports it dynamically): it holds the schemas, zod,
 * decimal.js and the audit, most of the validator's weight.
 *
 * It runs the same `validateDataset` as `npm run validate` on the user's files, in the same
 * context (test/site/validator.test.ts checks the parity on the bad-input corpus):
 * - the agency and source registries, fetched whole from /data/;
 * - the bundled documents, known by their ids from /data/document-index.json, so ids are
 *   checked as unique across all data and references to bundled documents resolve;
 * - a chosen file replaces a bundled registry when it holds one (`"agencies":` / `"sources":`
 *   near its start), and a bundled document when it has the same path, as `readDataset` does
 *   for paths given to `npm run validate`; here a file named like a bundled document
 *   (`<id>.json`) also replaces it, since a browser gives file names without folders;
 * - only the chosen files' problems are shown (the rest is context);
 * - when there is no error, the audit's findings are added as warnings; the audit compares
 *   documents of one agency-year, so the bundled documents of the chosen files' agency-years
 *   are fetched for it (validated, from /downloads/<agency>/<year>/dataset.json).
 */
import { z } from 'astro/zod';
import { auditWarnings } from '../lib/audit/audit-warnings';
import type { DocumentIndex } from '../lib/dataset/document-index';
import type { DatasetJson } from '../lib/export/downloads';
import { sortProblems, type Problem } from '../lib/validation/problem';
import type { KnownDocument } from '../lib/validation/cross-document-checks';
import { validateDataset, type InputFile } from '../lib/validation/validate-dataset';
import type { DisclosureDocument } from '../schemas/document';

// The CSP forbids eval; zod would try it once (and log a violation) before falling back.
z.config({ jitless: true });

export interface ValidatorReport {
  ok: boolean;
  errors: number;
  warnings: number;
  problems: Problem[];
}

export interface BundledData {
  agencies: InputFile;
  sources: InputFile;
  index: DocumentIndex;
  /** The bundled documents of one agency-year, validated (for the audit). */
  agencyYear(agency: string, fiscalYear: number): Promise<readonly DisclosureDocument[]>;
}

function holds(bytes: Uint8Array, key: 'agencies' | 'sources'): boolean {
  return new RegExp(`"${key}"\\s*:`).test(new TextDecoder().decode(bytes.subarray(0, 4000)));
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Whether a chosen file takes the place of a bundled document file. */
function replaces(chosen: string, bundled: string): boolean {
  return chosen === bundled || bundled.endsWith(`/${chosen}`) || baseName(chosen) === baseName(bundled);
}

/** Validates the user's files in the context of the bundled data. */
export async function validateFiles(files: InputFile[], bundled: BundledData): Promise<ValidatorReport> {
  const registries: InputFile[] = [];
  if (!files.some((f) => holds(f.bytes, 'agencies'))) registries.push(bundled.agencies);
  if (!files.some((f) => holds(f.bytes, 'sources'))) registries.push(bundled.sources);
  const known = bundled.index.documents.filter((d) => !files.some((f) => replaces(f.file, d.file)));
  const inputs = [...registries, ...files];
  const result = await validateDataset(inputs, { documents: known });
  const requested = new Set(files.map((f) => f.file));
  let problems = result.problems.filter((p) => requested.has(p.file) || p.file === '(dataset)');
  if (result.ok) {
    const context = await bundledOfSameYears(result.documents.map((d) => d.data), known, bundled);
    problems = [...problems, ...auditWarnings({ ...result, documents: [...context, ...result.documents] }, requested, inputs)];
  }
  const errors = problems.filter((p) => p.level === 'error').length;
  return { ok: errors === 0, errors, warnings: problems.length - errors, problems: sortProblems(problems) };
}

/** The bundled documents (not replaced by a chosen file) of the agency-years of `docs`, with their files. */
async function bundledOfSameYears(docs: DisclosureDocument[], known: readonly KnownDocument[], bundled: BundledData): Promise<{ file: string; data: DisclosureDocument }[]> {
  const out: { file: string; data: DisclosureDocument }[] = [];
  const years = new Map(docs.map((d) => [`${d.agency}/${d.fiscalYear}`, d]));
  for (const { agency, fiscalYear } of years.values()) {
    const fileOf = new Map(known.filter((k) => k.agency === agency && k.fiscalYear === fiscalYear && k.id !== undefined).map((k) => [k.id!, k.file]));
    if (fileOf.size === 0) continue;
    for (const data of await bundled.agencyYear(agency, fiscalYear)) {
      const file = fileOf.get(data.id);
      if (file) out.push({ file, data });
    }
  }
  return out;
}

async function fetchOk(url: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res;
}

/** The bundled registries and document index, from the site's own /data/ files (`base` ends with /). */
export async function fetchBundled(base: string): Promise<BundledData> {
  const bytes = async (url: string) => new Uint8Array(await (await fetchOk(url)).arrayBuffer());
  const [agencies, sources, index] = await Promise.all([
    bytes(`${base}data/agencies.json`),
    bytes(`${base}data/sources.json`),
    fetchOk(`${base}data/document-index.json`).then((r) => r.json() as Promise<DocumentIndex>),
  ]);
  return {
    agencies: { file: 'data/agencies.json', bytes: agencies },
    sources: { file: 'data/sources/sources.json', bytes: sources },
    index,
    agencyYear: async (agency, fiscalYear) =>
      ((await (await fetchOk(`${base}downloads/${encodeURIComponent(agency)}/${fiscalYear}/dataset.json`)).json()) as DatasetJson).documents,
  };
}
