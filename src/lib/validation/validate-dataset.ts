/**
 * Validate a set of input files as one dataset and return every problem: the same function
 * runs in `npm run validate`, before every build, and in the browser validator page.
 * I/O is the caller's: it passes file names and bytes in.
 */
import { agencyRegistrySchema, type Agency } from '../../schemas/agency';
import { disclosureDocumentSchema, type DisclosureDocument } from '../../schemas/document';
import { sourceRegistrySchema, type ArchivedSource } from '../../schemas/source';
import { checkAcrossDocuments, checkAgencies, checkDocument, checkSources, type ParsedFile, type SourceText } from './dataset-checks';
import { zodIssuesToProblems } from './error-map';
import { readJsonSource } from './json-source';
import type { Problem } from './problem';

export interface InputFile {
  /** Path as shown in messages (relative to the project root where possible). */
  file: string;
  bytes: Uint8Array;
}

export interface ValidationResult {
  problems: Problem[];
  agencies: Agency[];
  sources: ArchivedSource[];
  documents: { file: string; data: DisclosureDocument }[];
  /** True when no error was found (warnings allowed). */
  ok: boolean;
}

/** Where a document file should live: data/disclosures/<agency>/<year>/<id>.json. */
export function expectedPlace(file: string): { agency: string; year: string; id: string } | undefined {
  const m = /(?:^|\/)disclosures\/([^/]+)\/([^/]+)\/([^/]+)\.json$/.exec(file.replaceAll('\\', '/'));
  return m ? { agency: m[1]!, year: m[2]!, id: m[3]! } : undefined;
}

export async function validateDataset(inputs: InputFile[]): Promise<ValidationResult> {
  const problems: Problem[] = [];
  const texts = new Map<string, SourceText>();
  let agencyReg: ParsedFile<{ agencies: Agency[] }> | undefined;
  let sourceReg: ParsedFile<{ sources: ArchivedSource[] }> | undefined;
  const docs: ParsedFile<DisclosureDocument>[] = [];

  for (const input of inputs) {
    if (input.file.endsWith('.txt')) {
      texts.set(input.file.split('/').pop()!, { file: input.file, bytes: input.bytes });
      continue;
    }
    const src = readJsonSource(input.file, input.bytes, problems);
    if (src.value === undefined) continue;
    const value = src.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ level: 'error', code: 'schema/invalid_type', file: input.file, path: '$', line: 1, value: Array.isArray(value) ? '[…] (a list)' : JSON.stringify(value), expected: 'a JSON object { … } holding one document (or the agency or source registry)', fix: 'wrap the data in a document object; see the data guide' });
      continue;
    }
    if ('agencies' in value) {
      const r = agencyRegistrySchema.safeParse(value);
      if (r.success) agencyReg = { src, data: r.data };
      else problems.push(...zodIssuesToProblems(src, r.error.issues));
    } else if ('sources' in value) {
      const r = sourceRegistrySchema.safeParse(value);
      if (r.success) sourceReg = { src, data: r.data };
      else problems.push(...zodIssuesToProblems(src, r.error.issues));
    } else {
      const r = disclosureDocumentSchema.safeParse(value);
      if (r.success) docs.push({ src, data: r.data });
      else problems.push(...zodIssuesToProblems(src, r.error.issues));
    }
  }

  const agencies = new Map((agencyReg?.data.agencies ?? []).map((a) => [a.slug, a]));
  const sources = new Map((sourceReg?.data.sources ?? []).map((s) => [s.id, s]));
  if (agencyReg) problems.push(...checkAgencies(agencyReg));
  if (sourceReg) problems.push(...(await checkSources(sourceReg, texts, new Set(agencies.keys()))));
  if (docs.length > 0 && !agencyReg && !problems.some((p) => p.file.endsWith('agencies.json'))) {
    problems.push({ level: 'error', code: 'ref/no-registry', file: '(dataset)', path: '$', expected: 'the agency registry data/agencies.json', fix: 'validate from the project root, where data/agencies.json is found' });
  }
  for (const d of docs) problems.push(...checkDocument(d, { agencies, sources }, expectedPlace(d.src.file)));
  problems.push(...checkAcrossDocuments(docs));

  return {
    problems,
    agencies: [...agencies.values()],
    sources: [...sources.values()],
    documents: docs.map((d) => ({ file: d.src.file, data: d.data })),
    ok: !problems.some((p) => p.level === 'error'),
  };
}
