/**
 * Audit findings as validator warnings: facts about the sources, not errors in our data.
 * Same problem shape as every other message, located at the item in its file.
 */
import type { DisclosureDocument } from '../../schemas/document';
import { auditDataset, sortFindings } from './audit';
import type { Finding } from './finding';
import { locate, readJsonSource } from '../validation/json-source';
import { jsonPath, type Problem } from '../validation/problem';
import type { InputFile, ValidationResult } from '../validation/validate-dataset';

export function findingToProblem(f: Finding, file: string, where?: { line: number; column: number }): Problem {
  const sides = f.figures.map((x) => `${x.label} ${x.text}${x.computed ? '（计算）' : ''}`).join('；');
  return {
    level: 'warning',
    code: `audit/${f.rule}`,
    file,
    path: jsonPath(f.location.path),
    ...where,
    value: sides,
    expected: f.title,
    fix: 'a fact about the source, not an error in this file: keep the figures as published (the site shows the finding); if it comes from a transcription mistake, correct the transcription',
  };
}

/** Warnings for the audit findings of the validated documents (only those of `requested` files when given). */
export function auditWarnings(result: ValidationResult, requested: Set<string>, inputs: InputFile[] = []): Problem[] {
  const fileOf = new Map(result.documents.map((d) => [d.data.id, d.file]));
  const bytesOf = new Map(inputs.map((i) => [i.file, i.bytes]));
  const sources = new Map<string, ReturnType<typeof readJsonSource>>();
  const out: Problem[] = [];
  for (const f of auditDataset(result.documents.map((d) => d.data))) {
    const file = fileOf.get(f.location.document);
    if (!file || (requested.size > 0 && !requested.has(file))) continue;
    let src = sources.get(file);
    const bytes = bytesOf.get(file);
    if (!src && bytes) {
      src = readJsonSource(file, bytes, []);
      sources.set(file, src);
    }
    out.push(findingToProblem(f, file, src ? locate(src, f.location.path) : undefined));
  }
  return out;
}

/**
 * Audit warnings for validation that reads one file at a time (`validateFiles`): documents are
 * given as they are read (sorted by path, so an agency-year's files come together), audited an
 * agency-year at a time, and only the findings are kept. `warnings` returns them as
 * `auditWarnings` would for the whole dataset, reading a file again to place its findings.
 */
export function auditWarningsByAgencyYear(readBytes: (file: string) => Uint8Array) {
  const found: Finding[] = [];
  const fileOf = new Map<string, string>();
  let group: { key: string; docs: DisclosureDocument[] } | undefined;
  const flush = () => {
    if (group) found.push(...auditDataset(group.docs));
    group = undefined;
  };
  return {
    add(file: string, doc: DisclosureDocument) {
      const key = `${doc.agency}\u0000${doc.fiscalYear}`;
      if (group?.key !== key) {
        flush();
        group = { key, docs: [] };
      }
      group.docs.push(doc);
      fileOf.set(doc.id, file);
    },
    warnings(): Problem[] {
      flush();
      const seen = new Set<string>();
      const unique = sortFindings(found.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true))));
      const sources = new Map<string, ReturnType<typeof readJsonSource>>();
      return unique.flatMap((f) => {
        const file = fileOf.get(f.location.document);
        if (!file) return [];
        let src = sources.get(file);
        if (!src) {
          sources.clear(); // findings come sorted by document: one file parsed at a time
          src = readJsonSource(file, readBytes(file), []);
          sources.set(file, src);
        }
        return [findingToProblem(f, file, locate(src, f.location.path))];
      });
    },
  };
}
