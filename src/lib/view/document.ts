/**
 * What every document page shows at its top (title, agency, year, kind, date, number,
 * provenance, the document it is part of and its sibling parts, notes) and the page frame
 * (title, description, breadcrumbs, Pagefind filters and metadata).
 */
import type { Agency } from '../../schemas/agency';
import { type DisclosureDocument, documentKinds } from '../../schemas/document';
import { agencyAncestors } from '../site/agency-tree';
import type { SiteData } from '../site/dataset';
import { agencyPath, agencyYearPath, documentPath, sourcePath, withBase } from '../site/urls';
import { notesOf, paragraphs, type SourceRef, sourceRef } from './document-cells';
import { regionName } from './agency-common';
import { searchFlags } from './search-facets';

export interface Crumb {
  label: string;
  href?: string;
}

/** What Base.astro takes besides the content. */
export interface PageFrame {
  title: string;
  description: string;
  crumbs: Crumb[];
  filters: Record<string, string | string[]>;
  meta: Record<string, string>;
  /** Pagefind sort keys (execution rate, amount) of the page. */
  sort?: Record<string, string>;
}

export interface DocumentLink {
  id: string;
  title: string;
  kindName: string;
  href: string;
  /** 文号, when the document has one. */
  documentNumber?: string;
  current?: boolean;
}

export interface DocumentHeaderView {
  id: string;
  title: string;
  kindName: string;
  agency: { name: string; href: string };
  fiscalYear: number;
  yearHref: string;
  /** `2024 年 2 月 23 日`, or `未注明发布日期（明账收录于 2026 年 11 月 23 日）`. */
  published: { stated: boolean; text: string; iso: string };
  documentNumber?: string;
  /** The document's lines in the archived source. */
  source: SourceRef;
  archive: { title: string; href: string };
  originalUrl?: string;
  /** The document this one is printed inside. */
  parent?: DocumentLink;
  /** The other parts of the same parent, this one marked `current`. */
  siblings: DocumentLink[];
  /** Documents printed inside this one (a final-accounts PDF's attachments). */
  parts: DocumentLink[];
  preamble: string[];
  /** 明账's own summary paragraph, when the data has one. */
  editorSummary?: string;
  notes: string[];
}

/** `2024-02-23` → `2024 年 2 月 23 日`. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(y)} 年 ${Number(m)} 月 ${Number(d)} 日`;
}

export function documentLink(doc: DisclosureDocument, current?: string): DocumentLink {
  const link: DocumentLink = { id: doc.id, title: doc.title, kindName: documentKinds[doc.kind], href: withBase(documentPath(doc)) };
  if (doc.documentNumber !== undefined) link.documentNumber = doc.documentNumber;
  if (doc.kind === 'evaluation-report') link.documentNumber = doc.report.documentNumber;
  if (current !== undefined && doc.id === current) link.current = true;
  return link;
}

/** Documents printed inside `id`, in the order they appear in the source. */
export function partsOf(data: SiteData, id: string): DisclosureDocument[] {
  return [...(data.partsByDocument.get(id) ?? [])].sort((a, b) => a.source.lines[0] - b.source.lines[0] || a.id.localeCompare(b.id));
}

export function documentHeader(data: SiteData, doc: DisclosureDocument): DocumentHeaderView {
  const agency = agencyOf(data, doc);
  const archive = data.sourceById.get(doc.archive);
  const published =
    'date' in doc.published
      ? { stated: true, text: chineseDate(doc.published.date), iso: doc.published.date }
      : { stated: false, text: `未注明发布日期（明账收录于 ${chineseDate(doc.published.collectedOn)}）`, iso: doc.published.collectedOn };
  const header: DocumentHeaderView = {
    id: doc.id,
    title: doc.title,
    kindName: documentKinds[doc.kind],
    agency: { name: agency.name, href: withBase(agencyPath(agency.slug)) },
    fiscalYear: doc.fiscalYear,
    yearHref: withBase(agencyYearPath(agency.slug, doc.fiscalYear)),
    published,
    source: sourceRef(doc.archive, doc.source.lines),
    archive: { title: archive?.title ?? doc.archive, href: withBase(sourcePath(doc.archive)) },
    siblings: [],
    parts: partsOf(data, doc.id).map((d) => documentLink(d)),
    preamble: paragraphs(doc.preamble),
    notes: notesOf(doc),
  };
  const number = doc.kind === 'evaluation-report' ? doc.report.documentNumber : doc.documentNumber;
  if (number !== undefined) header.documentNumber = number;
  const url = doc.originalUrl ?? archive?.originalUrl;
  if (url !== undefined) header.originalUrl = url;
  if (doc.summary !== undefined) header.editorSummary = doc.summary;
  if (doc.partOf !== undefined) {
    const parent = data.documentById.get(doc.partOf);
    if (parent) {
      header.parent = documentLink(parent);
      header.siblings = partsOf(data, parent.id).map((d) => documentLink(d, doc.id));
    }
  }
  return header;
}

export function agencyOf(data: SiteData, doc: { agency: string }): Agency {
  const agency = data.agencyBySlug.get(doc.agency);
  if (!agency) throw new Error(`document names agency "${doc.agency}", which is not in data/agencies.json`);
  return agency;
}

/** The province-level agency above (or at) an agency, for the search filter. */
export function provinceOf(data: SiteData, slug: string): Agency | undefined {
  return agencyAncestors(data, slug).find((a) => a.level === 'province');
}

/** The province (region name, e.g. 福建省) an agency belongs to, for the search filter. */
export function provinceName(data: SiteData, slug: string): string | undefined {
  const province = provinceOf(data, slug);
  return province ? (regionName(province.regionCode) ?? province.name) : undefined;
}

/** Pagefind filters, metadata and sort keys of a document page, or of one project's page. */
export function searchFacets(
  data: SiteData,
  doc: DisclosureDocument,
  projectId?: string,
): { filters: Record<string, string | string[]>; meta: Record<string, string>; sort: Record<string, string> } {
  const agency = agencyOf(data, doc);
  const province = provinceName(data, agency.slug);
  const kind = documentKinds[doc.kind];
  const year = String(doc.fiscalYear);
  const { flags, sort } = searchFlags(data, doc, projectId);
  const filters: Record<string, string | string[]> = { agency: agency.name, year, kind };
  if (province) filters.province = province;
  if (flags.length > 0) filters.flag = flags;
  const meta: Record<string, string> = { agency: agency.name, year, kind };
  if (doc.documentNumber) meta.docnum = doc.documentNumber;
  return { filters, meta, sort };
}

/** Breadcrumbs: 机构 › province › … › agency › year › document [› project]. */
export function documentCrumbs(data: SiteData, doc: DisclosureDocument, leaf?: string): Crumb[] {
  const chain = agencyAncestors(data, doc.agency).filter((a) => a.level !== 'national');
  const crumbs: Crumb[] = [{ label: '机构', href: withBase('/agencies/') }];
  for (const a of chain) crumbs.push({ label: a.shortName ?? a.name, href: withBase(agencyPath(a.slug)) });
  crumbs.push({ label: `${doc.fiscalYear} 年度`, href: withBase(agencyYearPath(doc.agency, doc.fiscalYear)) });
  const docLabel = doc.kind === 'evaluation-report' ? doc.report.documentNumber : documentKinds[doc.kind];
  if (leaf === undefined) crumbs.push({ label: docLabel });
  else {
    crumbs.push({ label: docLabel, href: withBase(documentPath(doc)) });
    crumbs.push({ label: leaf });
  }
  return crumbs;
}

/** The page's <h1>: the kind in plain words with agency and year, the published title below it. */
export function documentHeading(data: SiteData, doc: DisclosureDocument): string {
  const agency = agencyOf(data, doc);
  if (doc.kind === 'evaluation-report') return `绩效评价报告 ${doc.report.documentNumber}`;
  return `${agency.name} ${doc.fiscalYear} 年度${documentKinds[doc.kind]}`;
}

export function documentFrame(data: SiteData, doc: DisclosureDocument, sentence: string): PageFrame {
  const agency = agencyOf(data, doc);
  const { filters, meta } = searchFacets(data, doc);
  const heading = documentHeading(data, doc);
  return {
    title: doc.kind === 'evaluation-report' ? `${heading}：${agency.name}` : heading,
    description: sentence,
    crumbs: documentCrumbs(data, doc),
    filters,
    meta,
  };
}
