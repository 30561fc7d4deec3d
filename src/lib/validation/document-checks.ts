/**
 * Checks of one document that a schema cannot make: its agency and archive exist, its file
 * sits where it says (data/disclosures/<agency>/<year>/<id>.json), line ranges fall inside
 * the archived source, ids are unique where they become anchors, parents exist and do not go
 * round, and classification codes fit their tree.
 * They read the raw JSON value, so they also run on a document that failed its schema: an
 * author sees every problem of a file in one run.
 */
import type { Agency } from '../../schemas/agency';
import type { ArchivedSource } from '../../schemas/source';
import { checkClassification } from './classification-checks';
import { closest } from './closest';
import { problemAt, type JsonSource } from './json-source';
import { jsonPath, type Problem } from './problem';
import { isObject, lineRangeOf, stringOf, walk, type Path } from './raw-value';

export interface DatasetIndex {
  agencies: Map<string, Agency>;
  sources: Map<string, ArchivedSource>;
}

export interface ExpectedPlace {
  agency: string;
  year: string;
  id: string;
}

export function checkDocument(src: JsonSource, index: DatasetIndex, expectedPath?: ExpectedPlace): Problem[] {
  const out: Problem[] = [];
  const root = src.value;
  if (!isObject(root)) return out;
  const agency = stringOf(root.agency);
  const knownAgency = agency !== undefined && (index.agencies.size === 0 || index.agencies.has(agency));
  if (agency !== undefined && !knownAgency) {
    const guess = closest(agency, index.agencies.keys());
    out.push(problemAt(src, ['agency'], 'ref/unknown-agency', agency, 'the slug of an agency in data/agencies.json', guess ? `did you mean "${guess}"? Otherwise add the agency to the registry first` : 'add the agency to the registry first, or correct the slug'));
  }
  const archiveId = stringOf(root.archive);
  const archive = archiveId !== undefined ? index.sources.get(archiveId) : undefined;
  if (archiveId !== undefined && index.sources.size > 0 && !archive) {
    const guess = closest(archiveId, index.sources.keys());
    out.push(problemAt(src, ['archive'], 'ref/unknown-archive', archiveId, 'the id of an archived source in data/sources/sources.json', guess ? `did you mean "${guess}"? Otherwise archive the source text first` : 'archive the source text first, or correct the id'));
  }
  if (archive && knownAgency && archive.agency !== agency) {
    out.push(problemAt(src, ['archive'], 'ref/archive-agency', archiveId, `a source published by "${agency}" (this one is by "${archive.agency}")`, 'check the archive id or the agency'));
  }
  if (expectedPath) out.push(...checkPlace(src, root, expectedPath));
  out.push(...checkLineRanges(src, root, archive));
  walk(root, [], (obj, path) => {
    for (const [key, list] of Object.entries(obj)) {
      if (!Array.isArray(list)) continue;
      out.push(...checkSiblingIds(src, list, [...path, key]));
      out.push(...checkParents(src, list, [...path, key]));
      if (key === 'indicators' || key === 'dimensions') out.push(...checkIndicatorTree(src, list, [...path, key]));
    }
  });
  if (root.kind === 'final-accounts') out.push(...checkClassification(src, root));
  return out;
}

function checkPlace(src: JsonSource, root: Record<string, unknown>, place: ExpectedPlace): Problem[] {
  const out: Problem[] = [];
  const agency = stringOf(root.agency);
  const year = typeof root.fiscalYear === 'number' ? String(root.fiscalYear) : undefined;
  const id = stringOf(root.id);
  const folder = src.file.replace(/[^/]+\/[^/]+\/[^/]+$/, '');
  if (agency !== undefined && place.agency !== agency) {
    out.push(problemAt(src, ['agency'], 'ref/path-agency', agency, `"${place.agency}", the agency folder the file is in`, `correct "agency", or move the file to ${folder}${agency}/${year ?? place.year}/`));
  }
  if (year !== undefined && place.year !== year) {
    out.push(problemAt(src, ['fiscalYear'], 'ref/year-mismatch', root.fiscalYear, `${place.year}, the year folder the file is in`, `set "fiscalYear": ${place.year} if the document is about ${place.year}, or move the file to ${folder}${place.agency}/${year}/`));
  }
  if (id !== undefined && place.id !== id) {
    out.push(problemAt(src, ['id'], 'ref/file-name', id, `"${place.id}", the file name without .json`, `name the file ${id}.json, or correct the id`));
  }
  return out;
}

function checkLineRanges(src: JsonSource, root: Record<string, unknown>, archive: ArchivedSource | undefined): Problem[] {
  const out: Problem[] = [];
  const docRange = lineRangeOf(root.source);
  const maxLine = archive?.lineCount;
  if (docRange && maxLine !== undefined && docRange[1] > maxLine) {
    out.push(problemAt(src, ['source', 'lines'], 'ref/lines-outside-source', docRange, `lines within 1–${maxLine}, the length of ${archive!.file}`, 'correct the line range'));
  }
  walk(root, [], (obj, path) => {
    const range = lineRangeOf(obj.source);
    if (path.length === 0 || !range) return;
    const [first, last] = range;
    if (maxLine !== undefined && last > maxLine) {
      out.push(problemAt(src, [...path, 'source', 'lines'], 'ref/lines-outside-source', range, `lines within 1–${maxLine}, the length of ${archive!.file}`, 'correct the line range'));
    } else if (docRange && (first < docRange[0] || last > docRange[1])) {
      out.push(problemAt(src, [...path, 'source', 'lines'], 'ref/lines-outside-document', range, `lines within the document's own range ${docRange[0]}–${docRange[1]}`, 'correct the item’s line range, or widen the document’s source.lines'));
    }
  });
  return out;
}

/** Ids unique among the items of one list. */
function checkSiblingIds(src: JsonSource, list: unknown[], path: Path): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const id = isObject(item) ? stringOf(item.id) : undefined;
    if (id === undefined) return;
    const first = seen.get(id);
    if (first !== undefined) {
      out.push(problemAt(src, [...path, i, 'id'], 'ref/duplicate-id', id, `an id not used by a sibling (also at ${jsonPath([...path, first])})`, 'give each item its own id; ids become anchors and URLs'));
    } else seen.set(id, i);
  });
  return out;
}

/** Indicator ids unique across the whole tree: they are anchors on one page. Siblings are reported by checkSiblingIds. */
function checkIndicatorTree(src: JsonSource, tree: unknown[], treePath: Path): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<string, Path>();
  walk(tree, treePath, (node, path) => {
    if (node.kind !== 'group' && node.kind !== 'indicator') return;
    const id = stringOf(node.id);
    if (id === undefined) return;
    const prev = seen.get(id);
    if (!prev) seen.set(id, path);
    else if (jsonPath(prev.slice(0, -1)) !== jsonPath(path.slice(0, -1))) {
      out.push(problemAt(src, [...path, 'id'], 'ref/duplicate-id', id, `an id used once in the indicator tree (also at ${jsonPath(prev)})`, 'indicator ids are anchors on the project page: make them unique within the project (i01, i02 … in table order)'));
    }
  });
  return out;
}

/** `parent` names another item of the same list, and parents do not go round. */
function checkParents(src: JsonSource, list: unknown[], path: Path): Problem[] {
  const out: Problem[] = [];
  const reported = new Set<string>();
  const parents = new Map<string, string | undefined>();
  for (const item of list) {
    const id = isObject(item) ? stringOf(item.id) : undefined;
    if (id !== undefined) parents.set(id, stringOf((item as Record<string, unknown>).parent));
  }
  list.forEach((item, i) => {
    const parent = isObject(item) ? stringOf(item.parent) : undefined;
    if (parent === undefined) return;
    if (!parents.has(parent)) {
      const guess = closest(parent, parents.keys());
      out.push(problemAt(src, [...path, i, 'parent'], 'ref/dangling-parent', parent, `the id of another item in the same list (${jsonPath(path)})`, guess ? `did you mean "${guess}"?` : 'correct the parent id, or add the item it names'));
      return;
    }
    // Report each cycle once, at its first member in list order.
    const self = stringOf((item as Record<string, unknown>).id);
    if (self === undefined) return;
    const chain = [self];
    let cur: string | undefined = parent;
    while (cur !== undefined && !chain.includes(cur)) {
      chain.push(cur);
      cur = parents.get(cur);
    }
    if (cur === self && !chain.some((c) => reported.has(c))) {
      chain.forEach((c) => reported.add(c));
      out.push(problemAt(src, [...path, i, 'parent'], 'ref/circular-parent', parent, 'parents that end at a top item', `an item cannot be (indirectly) a part of itself: ${[...chain, self].join(' → ')}; fix one of these parent ids`));
    }
  });
  return out;
}
