/**
 * Validation of a whole dataset folder one file at a time (Node only): the same problems, in
 * the same order, as `validateDataset` over every file at once, but with memory that follows
 * the largest file, not the dataset. A document's parsed form (with the source positions its
 * messages need) is dropped once its own checks have run; what the checks across documents
 * need of it — its ids and where it belongs — is kept, and the few files a cross-document
 * problem is reported in are parsed again to place it.
 *
 * `validateDataset` keeps every file's bytes, its position tree and its validated data at
 * once: about 20× the corpus on disk (BENCHMARKS.md), which a national corpus (4.5 GB) cannot
 * afford. This is what `npm run build` and `npm run validate` (without paths) run.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Agency } from '../../schemas/agency';
import type { DisclosureDocument } from '../../schemas/document';
import type { ArchivedSource } from '../../schemas/source';
import { listFiles } from '../dataset/read-files';
import { checkAgencies, type ParsedFile } from './agency-checks';
import { checkAcrossFacts, documentFacts, type DocumentFacts } from './cross-document-checks';
import { checkDocument } from './document-checks';
import { readJsonSource } from './json-source';
import type { Problem } from './problem';
import { checkSources, countLines, type SourceText } from './source-checks';
import { expectedPlace, readDatasetFile } from './validate-dataset';

export interface FilesValidation {
  problems: Problem[];
  /** Files read. */
  files: number;
  agencies: number;
  /** Documents that passed their schema. */
  documents: number;
  ok: boolean;
}

export interface ValidateFilesOptions {
  /** Called with each document file's path and parsed value after it passed its schema (e.g. to audit it). */
  onDocument?: (file: string, document: DisclosureDocument) => void;
}

/** Validates `dataDir` (agencies.json, sources/, disclosures/) as `readDataset` + `validateDataset` would. */
export async function validateFiles(root: string, dataDir: string, options: ValidateFilesOptions = {}): Promise<FilesValidation> {
  const rel = (p: string) => relative(root, resolve(root, p)).replaceAll('\\', '/');
  const paths = [
    join(dataDir, 'agencies.json'),
    join(dataDir, 'sources', 'sources.json'),
    ...listFiles(join(dataDir, 'sources'), ['.txt']),
    ...listFiles(join(dataDir, 'disclosures'), ['.json']),
  ];
  const problems: Problem[] = [];
  const texts = new Map<string, SourceText>();
  let agencyReg: ParsedFile<{ agencies: Agency[] }> | undefined;
  let sourceReg: ParsedFile<{ sources: ArchivedSource[] }> | undefined;
  let registrySeen = false;
  let registriesChecked = false;
  const registryRefs: Problem[] = [];
  const documentRefs: Problem[] = [];
  const facts: DocumentFacts[] = [];
  let documents = 0;
  let agencies = new Map<string, Agency>();
  let sources = new Map<string, ArchivedSource>();

  const read = (path: string) => readJsonSource(rel(path), new Uint8Array(readFileSync(path)), []);

  for (const path of paths) {
    const file = rel(path);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(path));
    } catch {
      // readDataset would have failed on a missing registry; say so the same way validation does.
      registrySeen ||= /(^|\/)agencies[^/]*\.json$/.test(file);
      continue;
    }
    if (file.endsWith('.txt')) {
      texts.set(file.split('/').pop()!, { file, sha256: createHash('sha256').update(bytes).digest('hex'), lineCount: countLines(new TextDecoder().decode(bytes)) });
      continue;
    }
    const read = readDatasetFile(file, bytes, problems);
    if (read.kind === 'unreadable') {
      registrySeen ||= read.registry;
      continue;
    }
    if (read.kind === 'agencies') {
      registrySeen = true;
      if (read.data) agencyReg = { src: read.src, data: read.data };
      continue;
    }
    if (read.kind === 'sources') {
      if (read.data) sourceReg = { src: read.src, data: read.data };
      continue;
    }
    // The registries come first in the file list: documents are checked against them as they are read.
    if (!registriesChecked) {
      registriesChecked = true;
      agencies = new Map((agencyReg?.data.agencies ?? []).map((a) => [a.slug, a]));
      sources = new Map((sourceReg?.data.sources ?? []).map((s) => [s.id, s]));
    }
    if (read.data) {
      documents += 1;
      options.onDocument?.(file, read.data);
    }
    documentRefs.push(...checkDocument(read.src, { agencies, sources }, expectedPlace(file)));
    const f = documentFacts(file, read.src.value);
    if (f) facts.push(f);
  }
  if (!registriesChecked) {
    agencies = new Map((agencyReg?.data.agencies ?? []).map((a) => [a.slug, a]));
    sources = new Map((sourceReg?.data.sources ?? []).map((s) => [s.id, s]));
  }

  if (agencyReg) registryRefs.push(...checkAgencies(agencyReg));
  if (sourceReg) registryRefs.push(...(await checkSources(sourceReg, texts, new Set(agencies.keys()))));
  if (facts.length > 0 && !registrySeen) {
    registryRefs.push({ level: 'error', code: 'ref/no-registry', file: '(dataset)', path: '$', expected: 'the agency registry data/agencies.json', fix: 'validate from the project root, where data/agencies.json is found' });
  }
  const byFile = new Map(paths.map((p) => [rel(p), p]));
  const across = checkAcrossFacts(facts, (file) => read(byFile.get(file)!));
  const references = [...registryRefs, ...documentRefs, ...across];
  const rejected = new Set(problems.map((p) => `${p.file}\u0000${p.path}`));
  problems.push(...references.filter((p) => !rejected.has(`${p.file}\u0000${p.path}`)));
  return { problems, files: paths.length, agencies: agencies.size, documents, ok: !problems.some((p) => p.level === 'error') };
}
