/**
 * Audit findings next to the items they concern. The audit (`src/lib/audit/`) says where a
 * finding is (document, item, sub-item); this module turns that into the page and anchor
 * where that item is shown, and picks the findings for one item.
 */
import { auditDataset } from '../audit/audit';
import { type Finding, type ItemLocation, severityLabels } from '../audit/finding';
import type { SiteData } from '../site/dataset';
import { anchorId, documentPath, projectPath, withBase } from '../site/urls';
import { isProjectDocument, projectItemsOf } from './project-items';

export interface FindingFigureView {
  label: string;
  text: string;
  computed: boolean;
  /** Where the figure is shown on the site. */
  href?: string;
}

export interface FindingView {
  id: string;
  anchor: string;
  severity: Finding['severity'];
  severityWords: string;
  title: string;
  detail: string;
  figures: FindingFigureView[];
  /** Where the item it concerns is shown. */
  href?: string;
  /** The item and sub-item it concerns (ids as in the data). */
  item?: string;
  sub?: string;
}

const cache = new WeakMap<SiteData, Finding[]>();

/** Every finding of the dataset, computed once per build. */
export function siteFindings(data: SiteData): Finding[] {
  let found = cache.get(data);
  if (found === undefined) {
    found = auditDataset(data.documents);
    cache.set(data, found);
  }
  return found;
}

const byDocument = new WeakMap<SiteData, Map<string, Finding[]>>();

/** The findings of one document (in the order of `siteFindings`), from an index built once per build. */
export function findingsOfDocument(data: SiteData, documentId: string): Finding[] {
  let index = byDocument.get(data);
  if (index === undefined) {
    index = new Map();
    for (const f of siteFindings(data)) {
      const list = index.get(f.location.document);
      if (list) list.push(f);
      else index.set(f.location.document, [f]);
    }
    byDocument.set(data, index);
  }
  return index.get(documentId) ?? [];
}

/** The page and anchor where a located item is shown. */
export function locationHref(data: SiteData, loc: ItemLocation): string | undefined {
  const doc = data.documentById.get(loc.document);
  if (!doc) return undefined;
  const page = withBase(documentPath(doc));
  switch (doc.kind) {
    case 'final-accounts': {
      if (loc.item !== undefined) return `${page}#${loc.sub === undefined ? loc.item : anchorId(loc.item, loc.sub)}`;
      if (loc.sub === undefined) return page;
      const yoy = doc.finalAccounts.yearOverYear.some((y) => y.id === loc.sub);
      return `${page}#${anchorId(yoy ? 'yoy' : 'figure', loc.sub)}`;
    }
    case 'department-evaluation': {
      if (loc.sub === undefined) return page;
      const funding = doc.evaluation.funding?.lines.some((l) => l.id === loc.sub);
      return `${page}#${funding ? anchorId('funding', loc.sub) : loc.sub}`;
    }
    case 'evaluation-report': {
      if (loc.sub === undefined) return page;
      const figure = doc.report.figures.some((f) => f.id === loc.sub);
      return `${page}#${anchorId(figure ? 'figure' : 'dimension', loc.sub)}`;
    }
    default: {
      if (!isProjectDocument(doc) || loc.item === undefined) return page;
      const p = projectItemsOf(doc).find((x) => x.item.id === loc.item);
      if (!p) return page;
      const projectPage = withBase(projectPath(doc, p.item.id));
      if (loc.sub === undefined) return projectPage;
      const funding = p.item.funding.lines.some((l) => l.id === loc.sub);
      const figure = 'figures' in p.item && (p.item.figures ?? []).some((f) => f.id === loc.sub);
      return `${projectPage}#${funding ? anchorId('funding', loc.sub) : figure ? anchorId('figure', loc.sub) : loc.sub}`;
    }
  }
}

export function findingView(data: SiteData, f: Finding): FindingView {
  const view: FindingView = {
    id: f.id,
    anchor: anchorId('finding', f.id.replace(/[^a-z0-9-]+/gi, '-')),
    severity: f.severity,
    severityWords: severityLabels[f.severity],
    title: f.title,
    detail: f.detail,
    figures: f.figures.map((x) => {
      const v: FindingFigureView = { label: x.label, text: x.text, computed: x.computed === true };
      const href = x.location ? locationHref(data, x.location) : undefined;
      if (href !== undefined) v.href = href;
      return v;
    }),
  };
  const href = locationHref(data, f.location);
  if (href !== undefined) view.href = href;
  if (f.location.item !== undefined) view.item = f.location.item;
  if (f.location.sub !== undefined) view.sub = f.location.sub;
  return view;
}

/** The findings of one item (`item`, `sub` as in the audit's ItemLocation; undefined matches undefined). */
export type FindingLookup = (item: string | undefined, sub: string | undefined) => FindingView[];

export const noFindings: FindingLookup = () => [];

export interface DocumentFindings {
  all: FindingView[];
  lookup: FindingLookup;
  /** Ids of the findings some slot has taken; the rest are listed apart so none is lost. */
  placed: Set<string>;
}

/** All findings placed in a document, and a lookup for the slot beside each item. */
export function documentFindings(data: SiteData, document: string): DocumentFindings {
  const byKey = new Map<string, FindingView[]>();
  const all: FindingView[] = [];
  for (const f of findingsOfDocument(data, document)) {
    const view = findingView(data, f);
    all.push(view);
    const key = `${f.location.item ?? ''}#${f.location.sub ?? ''}`;
    const list = byKey.get(key) ?? [];
    list.push(view);
    byKey.set(key, list);
  }
  const placed = new Set<string>();
  const lookup: FindingLookup = (item, sub) => {
    const list = byKey.get(`${item ?? ''}#${sub ?? ''}`) ?? [];
    for (const f of list) placed.add(f.id);
    return list;
  };
  return { all, lookup, placed };
}
