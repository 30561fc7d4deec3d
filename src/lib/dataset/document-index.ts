/**
 * The document index (served as /data/document-index.json): the ids of every bundled document
 * — document id, agency, year, `partOf`, project ids — which is all the checks across documents
 * read of documents that are only context. The browser validator checks a user's files against
 * it instead of downloading every document.
 *
 * Built file by file (Node only): each file is parsed and dropped, so memory grows with the
 * ids, not with the data (the documents of a national build do not fit in one string).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { knownDocument, type KnownDocument } from '../validation/cross-document-checks';
import { listFiles } from './read-files';

export interface DocumentIndex {
  /** In the order `npm run validate` reads them (folder by folder, by name). */
  documents: KnownDocument[];
}

/** The index of the documents under `<dataDir>/disclosures`, with paths as `npm run validate` shows them (`data/disclosures/…`). */
export function readDocumentIndex(dataDir: string): DocumentIndex {
  const documents: KnownDocument[] = [];
  for (const abs of listFiles(join(dataDir, 'disclosures'), ['.json'])) {
    const file = `data/${relative(dataDir, abs).replaceAll('\\', '/')}`;
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(abs, 'utf8'));
    } catch (e) {
      throw new Error(`${file}: not JSON (${e instanceof Error ? e.message : String(e)}); run npm run validate`);
    }
    const known = knownDocument(file, value);
    if (known) documents.push(known);
  }
  return { documents };
}
