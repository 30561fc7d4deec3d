/**
 * Validate a set of input files as one dataset and return every problem: the same function
 * runs in `npm run validate`, before every build, and in the browser validator page.
 * I/O is the caller's: it passes file names and bytes in.
 */
import { agencyRegistrySchema, type Agency } from '../../schemas/agency';
import { disclosureDocumentSchema, type DisclosureDocument } from '../../schemas/document';
import { sourceRegistrySchema, type ArchivedSource } from '../../schemas/source';
import { checkAgencies, type ParsedFile } from './agency-checks';
import { checkAcrossDocuments, type KnownDocument } from './cross-document-checks';
import { checkDocument, type ExpectedPlace } from './document-checks';
import { zodIssuesToProblems } from './error-map';
import { readJsonSource, type JsonSource } from './json-source';
import type { Problem } from './problem';
import { checkSources, type SourceText } from './source-checks';

export interface InputFile {
  /** Path as shown in messages (relative to the project root where possible). */
  file: string;
  bytes: Uint8Array;
}

export interface ValidationResult {
  problems: Problem[];
  agencies: Agency[];
  sources: ArchivedSource[];
  /** The documents that passed their schema (a document with errors elsewhere is still here). */
  documents: { file: string; data: DisclosureDocument }[];
  /** True when no error was found (warnings allowed). */
  ok: boolean;
}

/** Where a document file should live: data/disclosures/<agency>/<year>/<id>.json. */
export function expectedPlace(file: string): ExpectedPlace | undefined {
  const m = /(?:^|\/)disclosures\/([^/]+)\/([^/]+)\/([^/]+)\.json$/.exec(file.replaceAll('\\', '/'));
  return m ? { agency: m[1]!, year: m[2]!, id: m[3]! } : undefined;
}

/** Data the inputs are checked against without being read whole (the browser validator's bundled documents). */
export interface ValidationContext {
  /** Documents known by their ids only, as if read before the inputs: ids stay unique across them, references may name them. */
  documents?: readonly KnownDocument[];
}

/** One JSON file of a dataset, read and checked against its schema (problems are pushed as found). */
export type DatasetFile =
  /** Not usable JSON (the problem is pushed); `registry` when its name says it was the agency registry. */
  | { kind: 'unreadable'; registry: boolean }
  | { kind: 'agencies'; src: JsonSource; data?: { agencies: Agency[] } }
  | { kind: 'sources'; src: JsonSource; data?: { sources: ArchivedSource[] } }
  /** A JSON object that is neither registry: a document, `data` when it passed its schema. */
  | { kind: 'document'; src: JsonSource; data?: DisclosureDocument };

/** Reads one JSON file of a dataset and checks it against its schema: the first step of every validation. */
export function readDatasetFile(file: string, bytes: Uint8Array, problems: Problem[]): DatasetFile {
  const src = readJsonSource(file, bytes, problems);
  if (src.value === undefined) return { kind: 'unreadable', registry: /(^|\/)agencies[^/]*\.json$/.test(file) };
  const value = src.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ level: 'error', code: 'schema/invalid_type', file, path: '$', line: 1, column: 1, value: Array.isArray(value) ? '[…] (a list)' : JSON.stringify(value), expected: 'a JSON object { … } holding one document (or the agency or source registry)', fix: 'wrap the data in a document object; see data/README.md' });
    return { kind: 'unreadable', registry: false };
  }
  if ('agencies' in value) {
    const r = agencyRegistrySchema.safeParse(value);
    if (r.success) return { kind: 'agencies', src, data: r.data };
    problems.push(...zodIssuesToProblems(src, r.error.issues, { schema: agencyRegistrySchema }));
    return { kind: 'agencies', src };
  }
  if ('sources' in value) {
    const r = sourceRegistrySchema.safeParse(value);
    if (r.success) return { kind: 'sources', src, data: r.data };
    problems.push(...zodIssuesToProblems(src, r.error.issues, { schema: sourceRegistrySchema }));
    return { kind: 'sources', src };
  }
  const r = disclosureDocumentSchema.safeParse(value);
  if (r.success) return { kind: 'document', src, data: r.data };
  problems.push(...zodIssuesToProblems(src, r.error.issues, { schema: disclosureDocumentSchema }));
  return { kind: 'document', src };
}

export async function validateDataset(inputs: InputFile[], context: ValidationContext = {}): Promise<ValidationResult> {
  const problems: Problem[] = [];
  const texts = new Map<string, SourceText>();
  let agencyReg: ParsedFile<{ agencies: Agency[] }> | undefined;
  let sourceReg: ParsedFile<{ sources: ArchivedSource[] }> | undefined;
  let registrySeen = false;
  /** Every document that is a JSON object, valid or not: reference checks run on all of them. */
  const docSources: JsonSource[] = [];
  const docs: { file: string; data: DisclosureDocument }[] = [];

  for (const input of inputs) {
    if (input.file.endsWith('.txt')) {
      texts.set(input.file.split('/').pop()!, { file: input.file, bytes: input.bytes });
      continue;
    }
    const read = readDatasetFile(input.file, input.bytes, problems);
    if (read.kind === 'unreadable') registrySeen ||= read.registry;
    else if (read.kind === 'agencies') {
      registrySeen = true;
      if (read.data) agencyReg = { src: read.src, data: read.data };
    } else if (read.kind === 'sources') {
      if (read.data) sourceReg = { src: read.src, data: read.data };
    } else {
      docSources.push(read.src);
      if (read.data) docs.push({ file: read.src.file, data: read.data });
    }
  }

  const agencies = new Map((agencyReg?.data.agencies ?? []).map((a) => [a.slug, a]));
  const sources = new Map((sourceReg?.data.sources ?? []).map((s) => [s.id, s]));
  const references: Problem[] = [];
  if (agencyReg) references.push(...checkAgencies(agencyReg));
  if (sourceReg) references.push(...(await checkSources(sourceReg, texts, new Set(agencies.keys()))));
  if (docSources.length > 0 && !registrySeen) {
    references.push({ level: 'error', code: 'ref/no-registry', file: '(dataset)', path: '$', expected: 'the agency registry data/agencies.json', fix: 'validate from the project root, where data/agencies.json is found' });
  }
  for (const src of docSources) references.push(...checkDocument(src, { agencies, sources }, expectedPlace(src.file)));
  references.push(...checkAcrossDocuments(docSources, context.documents));
  // A value the schema already rejected is not reported again as a bad reference.
  const rejected = new Set(problems.map((p) => `${p.file}\u0000${p.path}`));
  problems.push(...references.filter((p) => !rejected.has(`${p.file}\u0000${p.path}`)));

  return {
    problems,
    agencies: [...agencies.values()],
    sources: [...sources.values()],
    documents: docs,
    ok: !problems.some((p) => p.level === 'error'),
  };
}
