/**
 * Checks across documents: document and project ids unique across all data (they are URLs and
 * references), `partOf` naming a document of the same agency and year, and the project an
 * evaluation report evaluates. Like the per-document checks they read raw values, so they run
 * on documents that failed their schema too.
 *
 * Documents that are only context (not being checked) can be given as their ids alone
 * (`KnownDocument`, e.g. from /data/document-index.json): the checks consult nothing else of them.
 */
import { closest } from './closest';
import { problemAt, type JsonSource } from './json-source';
import type { Problem } from './problem';
import { isObject, stringOf, type Path } from './raw-value';

/** What the checks across documents read of a document: its ids and where it belongs. */
export interface KnownDocument {
  /** Path as shown in messages, e.g. `data/disclosures/fujian-ningde/2024/ningde-2024-final-accounts.json`. */
  file: string;
  id?: string;
  agency?: string;
  fiscalYear?: number;
  /** The document this one is published inside of. */
  partOf?: string;
  /** Ids of its projects (or transfer-payment evaluations): what evaluation reports refer to. */
  projects: string[];
}

interface DocFacts extends Omit<KnownDocument, 'projects'> {
  /** The parsed file, for the place of a problem; absent for a document known by its ids only: it is consulted, never checked. */
  src?: () => JsonSource;
  reportProject?: string;
  projects: { id: string; path: Path }[];
}

/** What the checks across documents need of a document being checked, without its parsed file (`checkAcrossFacts`). */
export type DocumentFacts = Omit<DocFacts, 'src'>;

/** The facts of a parsed document file (undefined when it is not a JSON object). */
export function documentFacts(file: string, v: unknown): DocumentFacts | undefined {
  if (!isObject(v)) return undefined;
  const key = Array.isArray(v.projects) ? 'projects' : Array.isArray(v.evaluations) ? 'evaluations' : undefined;
  const list = key ? (v[key] as unknown[]) : [];
  return {
    file,
    id: stringOf(v.id),
    agency: stringOf(v.agency),
    fiscalYear: typeof v.fiscalYear === 'number' ? v.fiscalYear : undefined,
    partOf: stringOf(v.partOf),
    reportProject: isObject(v.report) ? stringOf(v.report.project) : undefined,
    projects: list.flatMap((p, i) => (isObject(p) && typeof p.id === 'string' ? [{ id: p.id, path: [key!, i] }] : [])),
  };
}

/** The ids of a parsed document file, as the checks across documents read them. */
export function knownDocument(file: string, value: unknown): KnownDocument | undefined {
  const f = documentFacts(file, value);
  if (!f) return undefined;
  const { id, agency, fiscalYear, partOf } = f;
  // Absent fields stay out (not `undefined`), so the index holds what the file holds.
  return { file, ...(id !== undefined && { id }), ...(agency !== undefined && { agency }), ...(fiscalYear !== undefined && { fiscalYear }), ...(partOf !== undefined && { partOf }), projects: f.projects.map((p) => p.id) };
}

function factsOf(src: JsonSource): DocFacts | undefined {
  const f = documentFacts(src.file, src.value);
  return f && { ...f, src: () => src };
}

function factsOfKnown(k: KnownDocument): DocFacts {
  return { ...k, projects: k.projects.map((id) => ({ id, path: [] })) };
}

const place = (d: DocFacts) => `${d.agency ?? '?'}, ${d.fiscalYear ?? '?'}`;

/** Problems of `sources`, checked against each other and against `known` documents (which come first, as if read first). */
export function checkAcrossDocuments(sources: JsonSource[], known: readonly KnownDocument[] = []): Problem[] {
  return across([...known.map(factsOfKnown), ...sources.map(factsOf).filter((d) => d !== undefined)]);
}

/**
 * The same checks over documents given by their facts (`documentFacts`), for validation that
 * reads one file at a time and keeps none: `load` parses a file again, only where a problem
 * has to be placed in it.
 */
export function checkAcrossFacts(facts: readonly DocumentFacts[], load: (file: string) => JsonSource): Problem[] {
  return across(facts.map((f) => ({ ...f, src: () => load(f.file) })));
}

function across(docs: DocFacts[]): Problem[] {
  const out: Problem[] = [];
  const docIds = new Map<string, DocFacts>();
  const projects = new Map<string, DocFacts>();
  for (const d of docs) {
    if (d.id !== undefined) {
      const prev = docIds.get(d.id);
      if (prev && d.src) out.push(problemAt(d.src(), ['id'], 'ref/duplicate-id', d.id, `a document id used once (also in ${prev.file})`, 'document ids are URLs: give this one its own'));
      else docIds.set(d.id, d);
    }
    for (const p of d.projects) {
      const prev = projects.get(p.id);
      if (prev && d.src) out.push(problemAt(d.src(), [...p.path, 'id'], 'ref/duplicate-id', p.id, `a project id used once across all data (also in ${prev.file})`, 'project ids are URLs and references: make it unique (<place>-<year>-p<NN>)'));
      else projects.set(p.id, d);
    }
  }
  for (const d of docs) {
    const src = d.src;
    if (!src) continue;
    for (const p of d.projects) {
      const doc = docIds.get(p.id);
      if (doc && doc !== d) out.push(problemAt(src(), [...p.path, 'id'], 'ref/duplicate-id', p.id, `an id that is not also a document id (${doc.file})`, 'rename the project'));
    }
    if (d.partOf !== undefined) out.push(...checkPartOf(d, src, docIds));
    if (d.reportProject !== undefined) {
      const target = projects.get(d.reportProject);
      if (!target) {
        const guess = closest(d.reportProject, projects.keys());
        out.push(problemAt(src(), ['report', 'project'], 'ref/dangling-reference', d.reportProject, 'the id of a project in a project-evaluations or project-targets document', guess ? `did you mean "${guess}"?` : 'correct the project id, or add the document with that project'));
      } else if (target.agency !== d.agency || target.fiscalYear !== d.fiscalYear) {
        out.push(problemAt(src(), ['report', 'project'], 'ref/year-mismatch', d.reportProject, `a project of ${place(d)}; it belongs to ${place(target)} (${target.file})`, 'check the project id, or the report’s agency and fiscal year'));
      }
    }
  }
  return out;
}

function checkPartOf(d: DocFacts, at: () => JsonSource, docIds: Map<string, DocFacts>): Problem[] {
  const parent = docIds.get(d.partOf!);
  if (!parent) {
    const guess = closest(d.partOf!, docIds.keys());
    return [problemAt(at(), ['partOf'], 'ref/dangling-reference', d.partOf, 'the id of another document', guess ? `did you mean "${guess}"?` : 'correct the id, or add the document it names')];
  }
  if (parent === d) return [problemAt(at(), ['partOf'], 'ref/circular-parent', d.partOf, 'the id of another document', 'a document cannot be part of itself: remove partOf or correct it')];
  if (parent.agency !== d.agency || parent.fiscalYear !== d.fiscalYear) {
    return [problemAt(at(), ['partOf'], 'ref/year-mismatch', d.partOf, `a document of the same agency and year (${place(d)}); "${d.partOf}" is ${place(parent)}`, 'an attachment is published inside a document of its own agency and year: check the id, or this document’s fiscalYear')];
  }
  // A chain of partOf that comes back here.
  const chain = [d.id ?? ''];
  for (let cur: DocFacts | undefined = parent; cur; cur = cur.partOf !== undefined ? docIds.get(cur.partOf) : undefined) {
    if (cur === d) return [problemAt(at(), ['partOf'], 'ref/circular-parent', d.partOf, 'a chain of partOf that ends at a document published on its own', `the documents contain each other: ${[...chain, d.id].join(' → ')}`)];
    if (chain.includes(cur.id ?? '')) break;
    chain.push(cur.id ?? '');
  }
  return [];
}
