/**
 * Checks that need more than one file: agencies and their hierarchy, references between
 * documents (agency, archive, partOf, the project a report evaluates), ids, provenance line
 * ranges, classification trees, and the file's place under data/disclosures/.
 * Everything here is pure: inputs are already parsed; problems are returned, never thrown.
 */
import areaData from 'china-area-data';
import type { Agency } from '../../schemas/agency';
import type { DisclosureDocument } from '../../schemas/document';
import type { ArchivedSource } from '../../schemas/source';
import { locate, type JsonSource } from './json-source';
import { jsonPath, showValue, type Problem } from './problem';

type Path = (string | number)[];
const regions = areaData as Record<string, Record<string, string>>;

/** Region code → { name, parent code } from the national GB/T 2260 list. */
const regionIndex: Map<string, { name: string; parent: string }> = (() => {
  const m = new Map<string, { name: string; parent: string }>();
  for (const [parent, children] of Object.entries(regions)) {
    for (const [code, name] of Object.entries(children)) m.set(code, { name, parent });
  }
  return m;
})();

export function regionName(code: string): string | undefined {
  return regionIndex.get(code)?.name;
}

export interface ParsedFile<T> {
  src: JsonSource;
  data: T;
}

function problemAt(src: JsonSource, path: Path, code: string, value: unknown, expected: string, fix?: string): Problem {
  return { level: 'error', code, file: src.file, path: jsonPath(path), ...locate(src, path), value: showValue(value), expected, fix };
}

const LEVEL_RANK = { national: 0, province: 1, city: 2, county: 3 } as const;

export function checkAgencies(reg: ParsedFile<{ agencies: Agency[] }>): Problem[] {
  const out: Problem[] = [];
  const { src, data } = reg;
  const bySlug = new Map<string, Agency>();
  data.agencies.forEach((a, i) => {
    if (bySlug.has(a.slug)) {
      out.push(problemAt(src, ['agencies', i, 'slug'], 'ref/duplicate-slug', a.slug, 'a slug used by one agency only', 'give this agency its own slug; slugs are part of URLs and never reused'));
    } else bySlug.set(a.slug, a);
  });
  const byCode = new Map<string, number>();
  data.agencies.forEach((a, i) => {
    if (a.regionCode) {
      const region = regionIndex.get(a.regionCode);
      if (!region) {
        out.push(problemAt(src, ['agencies', i, 'regionCode'], 'ref/unknown-region', a.regionCode, 'a code in the national GB/T 2260 list', 'check the 6-digit 行政区划代码 against the official list'));
      } else {
        const stem = region.name.replace(/(省|市|自治区|回族自治区|壮族自治区|维吾尔自治区|特别行政区|县|区)$/, '');
        if (!a.name.includes(stem)) {
          out.push(problemAt(src, ['agencies', i, 'regionCode'], 'ref/region-name-mismatch', a.regionCode, `the code of the place the agency is named after (${a.regionCode} is ${region.name})`, `check the code or the name "${a.name}"`));
        }
        const expectedLevel = a.regionCode.endsWith('0000') ? 'province' : a.regionCode.endsWith('00') ? 'city' : 'county';
        if (a.level !== expectedLevel && !(a.level === 'county' && expectedLevel === 'city')) {
          out.push(problemAt(src, ['agencies', i, 'level'], 'ref/level-mismatch', a.level, `"${expectedLevel}" for region code ${a.regionCode}`, 'make the level agree with the region code'));
        }
      }
      if (byCode.has(a.regionCode)) {
        out.push(problemAt(src, ['agencies', i, 'regionCode'], 'ref/duplicate-region', a.regionCode, 'one medical-security bureau per region code', 'check the code; two agencies cannot share a region'));
      } else byCode.set(a.regionCode, i);
    }
    if (a.parent !== undefined) {
      const parent = bySlug.get(a.parent);
      if (!parent) {
        out.push(problemAt(src, ['agencies', i, 'parent'], 'ref/unknown-parent', a.parent, 'the slug of an agency in this registry', 'add the parent agency to the registry or correct the slug'));
      } else {
        if (LEVEL_RANK[parent.level] >= LEVEL_RANK[a.level]) {
          out.push(problemAt(src, ['agencies', i, 'parent'], 'ref/parent-level', a.parent, `an agency above the ${a.level} level (the parent is ${parent.level})`, 'name the agency one level up as parent'));
        }
        const region = a.regionCode ? regionIndex.get(a.regionCode) : undefined;
        if (region && parent.regionCode && region.parent !== '86' && parent.regionCode !== region.parent) {
          out.push(problemAt(src, ['agencies', i, 'parent'], 'ref/parent-region', a.parent, `the agency of region ${region.parent} (the region above ${a.regionCode})`, 'the parent agency must be the one of the enclosing region'));
        }
      }
    } else if (a.level !== 'national') {
      out.push(problemAt(src, ['agencies', i, 'parent'], 'ref/missing-parent', undefined, 'the slug of the agency one level up', 'add "parent"'));
    }
  });
  // Cycles: follow parents; a walk that revisits a slug is a cycle.
  data.agencies.forEach((a, i) => {
    const seen = new Set<string>([a.slug]);
    let cur = a.parent ? bySlug.get(a.parent) : undefined;
    while (cur) {
      if (seen.has(cur.slug)) {
        out.push(problemAt(src, ['agencies', i, 'parent'], 'ref/circular-parent', a.parent, 'a chain of parents that ends at the top', `the parents of "${a.slug}" go round in a circle through "${cur.slug}"; fix one of the parent slugs`));
        break;
      }
      seen.add(cur.slug);
      cur = cur.parent ? bySlug.get(cur.parent) : undefined;
    }
  });
  return out;
}

export interface SourceText {
  file: string;
  bytes: Uint8Array;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function countLines(text: string): number {
  if (text === '') return 0;
  const n = text.split('\n').length;
  return text.endsWith('\n') ? n - 1 : n;
}

export async function checkSources(
  reg: ParsedFile<{ sources: ArchivedSource[] }>,
  texts: Map<string, SourceText>,
  agencies: Set<string>,
): Promise<Problem[]> {
  const out: Problem[] = [];
  const ids = new Set<string>();
  for (const [i, s] of reg.data.sources.entries()) {
    if (ids.has(s.id)) out.push(problemAt(reg.src, ['sources', i, 'id'], 'ref/duplicate-id', s.id, 'a source id used once', 'give each archived source its own id'));
    ids.add(s.id);
    if (agencies.size > 0 && !agencies.has(s.agency)) {
      out.push(problemAt(reg.src, ['sources', i, 'agency'], 'ref/unknown-agency', s.agency, 'the slug of an agency in data/agencies.json', 'add the agency or correct the slug'));
    }
    const text = texts.get(s.file);
    if (texts.size === 0) continue; // the browser validator has no source texts
    if (!text) {
      out.push(problemAt(reg.src, ['sources', i, 'file'], 'ref/missing-source-file', s.file, 'a file in data/sources/', 'add the archived text or correct the file name'));
      continue;
    }
    const hash = await sha256Hex(text.bytes);
    if (hash !== s.sha256) {
      out.push(problemAt(reg.src, ['sources', i, 'sha256'], 'source/sha256-mismatch', s.sha256, `the SHA-256 of ${s.file} (${hash})`, 'archived sources are never edited; restore the original file, or, if a new text was archived on purpose, record it as a new source'));
    }
    const lines = countLines(new TextDecoder().decode(text.bytes));
    if (lines !== s.lineCount) {
      out.push(problemAt(reg.src, ['sources', i, 'lineCount'], 'source/line-count', s.lineCount, `${lines}, the number of lines in ${s.file}`, 'set lineCount to the file’s line count'));
    }
  }
  return out;
}

/** Visit every object in a value with its path. */
function walk(value: unknown, path: Path, visit: (obj: Record<string, unknown>, path: Path) => void): void {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], visit));
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>, path);
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
  }
}

export interface DatasetIndex {
  agencies: Map<string, Agency>;
  sources: Map<string, ArchivedSource>;
}

/** Per-document checks that need the registries but not other documents. */
export function checkDocument(doc: ParsedFile<DisclosureDocument>, index: DatasetIndex, expectedPath?: { agency: string; year: string; id: string }): Problem[] {
  const out: Problem[] = [];
  const { src, data } = doc;
  if (index.agencies.size > 0 && !index.agencies.has(data.agency)) {
    out.push(problemAt(src, ['agency'], 'ref/unknown-agency', data.agency, 'the slug of an agency in data/agencies.json', 'add the agency to the registry first, or correct the slug'));
  }
  const archive = index.sources.get(data.archive);
  if (index.sources.size > 0 && !archive) {
    out.push(problemAt(src, ['archive'], 'ref/unknown-archive', data.archive, 'the id of an archived source in data/sources/sources.json', 'archive the source text first, or correct the id'));
  }
  if (archive && archive.agency !== data.agency) {
    out.push(problemAt(src, ['archive'], 'ref/archive-agency', data.archive, `a source published by "${data.agency}" (this one is by "${archive.agency}")`, 'check the archive id or the agency'));
  }
  if (expectedPath) {
    if (expectedPath.agency !== data.agency) {
      out.push(problemAt(src, ['agency'], 'ref/path-agency', data.agency, `"${expectedPath.agency}", the folder the file is in`, `move the file to data/disclosures/${data.agency}/${data.fiscalYear}/ or correct the agency`));
    }
    if (expectedPath.year !== String(data.fiscalYear)) {
      out.push(problemAt(src, ['fiscalYear'], 'ref/year-mismatch', data.fiscalYear, `${expectedPath.year}, the year folder the file is in`, 'correct fiscalYear or move the file to the folder of its year'));
    }
    if (expectedPath.id !== data.id) {
      out.push(problemAt(src, ['id'], 'ref/file-name', data.id, `"${expectedPath.id}", the file name without .json`, 'name the file after the document id'));
    }
  }
  const docRange = data.source.lines;
  const maxLine = archive?.lineCount;
  walk(data, [], (obj, path) => {
    const source = obj.source as { lines?: [number, number] } | undefined;
    if (path.length > 0 && source && Array.isArray(source.lines)) {
      const [a, b] = source.lines;
      if (maxLine !== undefined && b > maxLine) {
        out.push(problemAt(src, [...path, 'source', 'lines'], 'ref/lines-outside-source', source.lines, `lines within 1–${maxLine}, the length of ${archive?.file}`, 'correct the line range'));
      } else if (a < docRange[0] || b > docRange[1]) {
        out.push(problemAt(src, [...path, 'source', 'lines'], 'ref/lines-outside-document', source.lines, `lines within the document's own range ${docRange[0]}–${docRange[1]}`, 'correct the item’s line range, or widen the document’s source.lines'));
      }
    } else if (path.length === 0 && maxLine !== undefined && docRange[1] > maxLine) {
      out.push(problemAt(src, ['source', 'lines'], 'ref/lines-outside-source', docRange, `lines within 1–${maxLine}`, 'correct the line range'));
    }
    // Ids unique among siblings.
    for (const [key, v] of Object.entries(obj)) {
      if (!Array.isArray(v)) continue;
      const seen = new Map<string, number>();
      v.forEach((item, i) => {
        const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
        if (typeof id !== 'string') return;
        if (seen.has(id)) {
          out.push(problemAt(src, [...path, key, i, 'id'], 'ref/duplicate-id', id, `an id not used by a sibling (also at ${jsonPath([...path, key, seen.get(id)!])})`, 'give each item its own id; ids become anchors and URLs'));
        } else seen.set(id, i);
      });
    }
    // Indicator trees: ids unique across the whole tree (they are anchors on one page).
    for (const key of ['indicators', 'dimensions']) {
      const tree = obj[key];
      if (!Array.isArray(tree)) continue;
      const seen = new Map<string, Path>();
      walk(tree, [...path, key], (node, nodePath) => {
        if (node.kind !== 'group' && node.kind !== 'indicator') return;
        const id = node.id;
        if (typeof id !== 'string') return;
        const prev = seen.get(id);
        if (prev && nodePath.length !== prev.length - 0 && jsonPath(prev) !== jsonPath(nodePath)) {
          if (jsonPath(prev.slice(0, -1)) !== jsonPath(nodePath.slice(0, -1))) {
            out.push(problemAt(src, [...nodePath, 'id'], 'ref/duplicate-id', id, `an id used once in the indicator tree (also at ${jsonPath(prev)})`, 'indicator ids are anchors on the project page: make them unique within the project'));
          }
        } else if (!prev) seen.set(id, nodePath);
      });
    }
    // Parent references within the same list.
    for (const [key, v] of Object.entries(obj)) {
      if (!Array.isArray(v)) continue;
      const ids = new Map<string, Record<string, unknown>>();
      for (const item of v) if (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string') ids.set((item as { id: string }).id, item as Record<string, unknown>);
      v.forEach((item, i) => {
        const parent = item && typeof item === 'object' ? (item as { parent?: unknown }).parent : undefined;
        if (typeof parent !== 'string') return;
        const self = (item as { id?: string }).id;
        if (!ids.has(parent)) {
          out.push(problemAt(src, [...path, key, i, 'parent'], 'ref/dangling-parent', parent, `the id of another item in the same list (${key})`, 'correct the parent id or add the item it names'));
          return;
        }
        // Follow the chain to catch cycles.
        const seen = new Set<string>([self ?? '']);
        let cur: string | undefined = parent;
        while (cur !== undefined) {
          if (seen.has(cur)) {
            out.push(problemAt(src, [...path, key, i, 'parent'], 'ref/circular-parent', parent, 'parents that end at a top item', 'an item cannot be (indirectly) a part of itself'));
            break;
          }
          seen.add(cur);
          const next: unknown = ids.get(cur)?.parent;
          cur = typeof next === 'string' ? next : undefined;
        }
      });
    }
  });
  if (data.kind === 'final-accounts') out.push(...checkClassification(doc as ParsedFile<Extract<DisclosureDocument, { kind: 'final-accounts' }>>));
  return out;
}

/** Classification codes must fit their place: 类 3 → 款 5 → 项 7, each under its prefix. */
function checkClassification(doc: ParsedFile<Extract<DisclosureDocument, { kind: 'final-accounts' }>>): Problem[] {
  const out: Problem[] = [];
  doc.data.finalAccounts.tables.forEach((t, ti) => {
    const byId = new Map(t.rows.map((r) => [r.id, r]));
    let stack: string[] = [];
    t.rows.forEach((r, ri) => {
      const path: Path = ['finalAccounts', 'tables', ti, 'rows', ri];
      if (!r.code) return;
      if (t.classification === 'none') {
        out.push(problemAt(doc.src, [...path, 'code'], 'classification/unexpected-code', r.code, 'no code: the table is marked classification "none"', 'set the table’s classification to "function" or "economic", or remove the code'));
        return;
      }
      if (t.classification === 'economic' && r.code.length === 7) {
        out.push(problemAt(doc.src, [...path, 'code'], 'classification/bad-length', r.code, 'an economic classification code of 3 or 5 digits', 'check the code'));
      }
      if (r.parent) {
        const p = byId.get(r.parent);
        if (p?.code && !(r.code.startsWith(p.code) && r.code.length === p.code.length + 2)) {
          out.push(problemAt(doc.src, [...path, 'parent'], 'classification/parent-mismatch', r.parent, `a row whose code is the ${r.code.length - 2}-digit prefix of ${r.code} (${r.code.slice(0, -2) || '—'}); "${r.parent}" has code ${p.code}`, 'point parent at the row of the enclosing code, or correct the code'));
        }
        return;
      }
      stack = stack.filter((c) => r.code!.startsWith(c) && c.length < r.code!.length);
      const expectedParent = r.code.length > 3 ? r.code.slice(0, -2) : undefined;
      const last = stack[stack.length - 1];
      if (expectedParent && last !== undefined && last !== expectedParent) {
        out.push(problemAt(doc.src, [...path, 'code'], 'classification/misplaced', r.code, `a code under ${last} (a child's code extends its parent's by 2 digits)`, `the rows above make ${r.code} a child of ${last}; check the code or the row order`));
      } else if (expectedParent && last === undefined && t.rows.some((o) => o.code === expectedParent)) {
        out.push(problemAt(doc.src, [...path, 'code'], 'classification/misplaced', r.code, `to come after its parent ${expectedParent}`, 'put children after the row of their parent code'));
      }
      stack.push(r.code);
    });
  });
  return out;
}

/** Checks across documents: global ids, partOf, the project a report evaluates. */
export function checkAcrossDocuments(docs: ParsedFile<DisclosureDocument>[]): Problem[] {
  const out: Problem[] = [];
  const docIds = new Map<string, ParsedFile<DisclosureDocument>>();
  const projects = new Map<string, { doc: ParsedFile<DisclosureDocument>; path: Path }>();
  for (const d of docs) {
    const prev = docIds.get(d.data.id);
    if (prev) out.push(problemAt(d.src, ['id'], 'ref/duplicate-id', d.data.id, `a document id used once (also in ${prev.src.file})`, 'document ids are URLs: give this one its own'));
    else docIds.set(d.data.id, d);
    const list = 'projects' in d.data ? d.data.projects : 'evaluations' in d.data ? d.data.evaluations : [];
    const key = 'projects' in d.data ? 'projects' : 'evaluations';
    list.forEach((p, i) => {
      const prevP = projects.get(p.id);
      if (prevP) out.push(problemAt(d.src, [key, i, 'id'], 'ref/duplicate-id', p.id, `a project id used once across all data (also in ${prevP.doc.src.file})`, 'project ids are URLs and references: make it unique (e.g. prefix place and year)'));
      else projects.set(p.id, { doc: d, path: [key, i] });
      if (docIds.has(p.id) && docIds.get(p.id) !== d) out.push(problemAt(d.src, [key, i, 'id'], 'ref/duplicate-id', p.id, 'an id that is not also a document id', 'rename the project'));
    });
  }
  for (const d of docs) {
    if (d.data.partOf !== undefined) {
      const parent = docIds.get(d.data.partOf);
      if (!parent) out.push(problemAt(d.src, ['partOf'], 'ref/dangling-reference', d.data.partOf, 'the id of another document', 'correct the id or add the document'));
      else if (parent.data.agency !== d.data.agency || parent.data.fiscalYear !== d.data.fiscalYear) {
        out.push(problemAt(d.src, ['partOf'], 'ref/year-mismatch', d.data.partOf, `a document of the same agency and year (${d.data.agency}, ${d.data.fiscalYear}); it is ${parent.data.agency}, ${parent.data.fiscalYear}`, 'check the id'));
      } else if (parent === d) out.push(problemAt(d.src, ['partOf'], 'ref/circular-parent', d.data.partOf, 'another document', 'a document cannot be part of itself'));
    }
    if (d.data.kind === 'evaluation-report') {
      const target = projects.get(d.data.report.project);
      if (!target) {
        out.push(problemAt(d.src, ['report', 'project'], 'ref/dangling-reference', d.data.report.project, 'the id of a project in a project-evaluations or project-targets document', 'correct the project id'));
      } else if (target.doc.data.agency !== d.data.agency || target.doc.data.fiscalYear !== d.data.fiscalYear) {
        out.push(problemAt(d.src, ['report', 'project'], 'ref/year-mismatch', d.data.report.project, `a project of ${d.data.agency} in ${d.data.fiscalYear}; it belongs to ${target.doc.data.agency}, ${target.doc.data.fiscalYear}`, 'check the project id or the report’s fiscal year'));
      }
    }
  }
  return out;
}
