/**
 * Checks across documents: document and project ids unique across all data (they are URLs and
 * references), `partOf` naming a document of the same agency and year, and the project an
 * evaluation report evaluates. Like the per-document checks they read raw values, so they run
 * on documents that failed their schema too.
 */
import { closest } from './closest';
import { problemAt, type JsonSource } from './json-source';
import type { Problem } from './problem';
import { isObject, stringOf, type Path } from './raw-value';

interface DocFacts {
  src: JsonSource;
  id?: string;
  agency?: string;
  fiscalYear?: number;
  partOf?: string;
  reportProject?: string;
  /** Projects and transfer-payment evaluations: the items reports refer to. */
  projects: { id: string; path: Path }[];
}

function factsOf(src: JsonSource): DocFacts | undefined {
  const v = src.value;
  if (!isObject(v)) return undefined;
  const key = Array.isArray(v.projects) ? 'projects' : Array.isArray(v.evaluations) ? 'evaluations' : undefined;
  const list = key ? (v[key] as unknown[]) : [];
  return {
    src,
    id: stringOf(v.id),
    agency: stringOf(v.agency),
    fiscalYear: typeof v.fiscalYear === 'number' ? v.fiscalYear : undefined,
    partOf: stringOf(v.partOf),
    reportProject: isObject(v.report) ? stringOf(v.report.project) : undefined,
    projects: list.flatMap((p, i) => (isObject(p) && typeof p.id === 'string' ? [{ id: p.id, path: [key!, i] }] : [])),
  };
}

const place = (d: DocFacts) => `${d.agency ?? '?'}, ${d.fiscalYear ?? '?'}`;

export function checkAcrossDocuments(sources: JsonSource[]): Problem[] {
  const out: Problem[] = [];
  const docs = sources.map(factsOf).filter((d) => d !== undefined);
  const docIds = new Map<string, DocFacts>();
  const projects = new Map<string, DocFacts>();
  for (const d of docs) {
    if (d.id !== undefined) {
      const prev = docIds.get(d.id);
      if (prev) out.push(problemAt(d.src, ['id'], 'ref/duplicate-id', d.id, `a document id used once (also in ${prev.src.file})`, 'document ids are URLs: give this one its own'));
      else docIds.set(d.id, d);
    }
    for (const p of d.projects) {
      const prev = projects.get(p.id);
      if (prev) out.push(problemAt(d.src, [...p.path, 'id'], 'ref/duplicate-id', p.id, `a project id used once across all data (also in ${prev.src.file})`, 'project ids are URLs and references: make it unique (<place>-<year>-p<NN>)'));
      else projects.set(p.id, d);
    }
  }
  for (const d of docs) {
    for (const p of d.projects) {
      const doc = docIds.get(p.id);
      if (doc && doc !== d) out.push(problemAt(d.src, [...p.path, 'id'], 'ref/duplicate-id', p.id, `an id that is not also a document id (${doc.src.file})`, 'rename the project'));
    }
    if (d.partOf !== undefined) out.push(...checkPartOf(d, docIds));
    if (d.reportProject !== undefined) {
      const target = projects.get(d.reportProject);
      if (!target) {
        const guess = closest(d.reportProject, projects.keys());
        out.push(problemAt(d.src, ['report', 'project'], 'ref/dangling-reference', d.reportProject, 'the id of a project in a project-evaluations or project-targets document', guess ? `did you mean "${guess}"?` : 'correct the project id, or add the document with that project'));
      } else if (target.agency !== d.agency || target.fiscalYear !== d.fiscalYear) {
        out.push(problemAt(d.src, ['report', 'project'], 'ref/year-mismatch', d.reportProject, `a project of ${place(d)}; it belongs to ${place(target)} (${target.src.file})`, 'check the project id, or the report’s agency and fiscal year'));
      }
    }
  }
  return out;
}

function checkPartOf(d: DocFacts, docIds: Map<string, DocFacts>): Problem[] {
  const parent = docIds.get(d.partOf!);
  if (!parent) {
    const guess = closest(d.partOf!, docIds.keys());
    return [problemAt(d.src, ['partOf'], 'ref/dangling-reference', d.partOf, 'the id of another document', guess ? `did you mean "${guess}"?` : 'correct the id, or add the document it names')];
  }
  if (parent === d) return [problemAt(d.src, ['partOf'], 'ref/circular-parent', d.partOf, 'the id of another document', 'a document cannot be part of itself: remove partOf or correct it')];
  if (parent.agency !== d.agency || parent.fiscalYear !== d.fiscalYear) {
    return [problemAt(d.src, ['partOf'], 'ref/year-mismatch', d.partOf, `a document of the same agency and year (${place(d)}); "${d.partOf}" is ${place(parent)}`, 'an attachment is published inside a document of its own agency and year: check the id, or this document’s fiscalYear')];
  }
  // A chain of partOf that comes back here.
  const chain = [d.id ?? ''];
  for (let cur: DocFacts | undefined = parent; cur; cur = cur.partOf !== undefined ? docIds.get(cur.partOf) : undefined) {
    if (cur === d) return [problemAt(d.src, ['partOf'], 'ref/circular-parent', d.partOf, 'a chain of partOf that ends at a document published on its own', `the documents contain each other: ${[...chain, d.id].join(' → ')}`)];
    if (chain.includes(cur.id ?? '')) break;
    chain.push(cur.id ?? '');
  }
  return [];
}
