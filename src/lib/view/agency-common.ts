/**
 * Pieces the agency page, the agency-year overview and the home page share: region names
 * from the national list, publication dates in words, the ordered document list of an
 * agency-year with parts under the document they are printed in, and what is not collected.
 */
import areaData from 'china-area-data';
import type { Agency } from '../../schemas/agency';
import { type DisclosureDocument, type DocumentKind, documentKinds } from '../../schemas/document';
import type { SiteData } from '../site/dataset';
import { documentPath, withBase } from '../site/urls';
import { chineseDate } from './document';

const regions = areaData as Record<string, Record<string, string>>;
const regionNames: ReadonlyMap<string, string> = new Map(Object.values(regions).flatMap((children) => Object.entries(children)));

/** The GB/T 2260 name of a region code (`350900` → `宁德市`), or undefined. */
export function regionName(code: string | undefined): string | undefined {
  return code === undefined ? undefined : regionNames.get(code);
}

/** Kinds in the order a year's documents are listed: the accounts first, reports last. */
export const KIND_ORDER: readonly DocumentKind[] = [
  'final-accounts',
  'project-targets',
  'department-evaluation',
  'project-evaluations',
  'transfer-payment-evaluations',
  'evaluation-report',
];

/** Kinds whose absence is worth saying: every bureau publishes these each year (evaluation reports are occasional). */
export const EXPECTED_KINDS: readonly DocumentKind[] = ['final-accounts', 'project-targets', 'department-evaluation', 'project-evaluations'];

export interface PublishedDate {
  stated: boolean;
  /** `2024 年 2 月 23 日` or `未注明发布日期`. */
  text: string;
  /** The date used for ordering: the stated date, or the date 明账 collected the document. */
  sortKey: string;
}

export function publishedDate(doc: Pick<DisclosureDocument, 'published'>): PublishedDate {
  if ('date' in doc.published) return { stated: true, text: chineseDate(doc.published.date), sortKey: doc.published.date };
  return { stated: false, text: '未注明发布日期', sortKey: doc.published.collectedOn };
}

export interface DocumentEntry {
  id: string;
  href: string;
  kind: DocumentKind;
  kindName: string;
  title: string;
  documentNumber?: string;
  date: PublishedDate;
  /** Documents printed inside this one (the attachments of a final-accounts PDF). */
  parts: DocumentEntry[];
}

function entryOf(doc: DisclosureDocument, children: Map<string, DisclosureDocument[]>): DocumentEntry {
  const number = doc.kind === 'evaluation-report' ? doc.report.documentNumber : doc.documentNumber;
  const entry: DocumentEntry = {
    id: doc.id,
    href: withBase(documentPath(doc)),
    kind: doc.kind,
    kindName: documentKinds[doc.kind],
    title: doc.title,
    date: publishedDate(doc),
    parts: sortDocuments(children.get(doc.id) ?? []).map((d) => entryOf(d, children)),
  };
  if (number !== undefined) entry.documentNumber = number;
  return entry;
}

/** Kind order, then the order printed in the source, then id. */
export function sortDocuments(docs: readonly DisclosureDocument[]): DisclosureDocument[] {
  return [...docs].sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.source.lines[0] - b.source.lines[0] || a.id.localeCompare(b.id),
  );
}

/** The documents of one agency-year as a list, parts nested under the document they are printed in. */
export function documentEntries(docs: readonly DisclosureDocument[]): DocumentEntry[] {
  const ids = new Set(docs.map((d) => d.id));
  const children = new Map<string, DisclosureDocument[]>();
  const top: DisclosureDocument[] = [];
  for (const d of docs) {
    if (d.partOf !== undefined && ids.has(d.partOf)) children.set(d.partOf, [...(children.get(d.partOf) ?? []), d]);
    else top.push(d);
  }
  return sortDocuments(top).map((d) => entryOf(d, children));
}

/** The expected kinds 明账 has not collected for an agency-year, in Chinese. */
export function kindsNotCollected(docs: readonly DisclosureDocument[]): string[] {
  const present = new Set(docs.map((d) => d.kind));
  return EXPECTED_KINDS.filter((k) => !present.has(k)).map((k) => documentKinds[k]);
}

/** The sentence that goes with any list of what is not collected: it is about 明账, not the agency. */
export const NOT_COLLECTED_CAVEAT = '“尚未收录”只说明明账还没有转录这些文件，不代表该机构没有公开。';

/** Documents of an agency, optionally of one fiscal year. */
export function documentsOf(data: SiteData, agency: string, year?: number): DisclosureDocument[] {
  return [...((year === undefined ? data.documentsByAgency.get(agency) : data.documentsByAgencyYear.get(`${agency}/${year}`)) ?? [])];
}

/** The fiscal years any document in 明账 covers, newest first: the span “not collected” is stated for. */
export function collectedYears(data: SiteData): number[] {
  let span = spans.get(data);
  if (span === undefined) {
    span = [];
    // A shard sees only its provinces' documents; the span is the whole data's (folder names).
    const years = data.yearsInData ?? data.documents.map((d) => d.fiscalYear);
    if (years.length > 0) {
      let min = Infinity;
      let max = -Infinity;
      for (const y of years) {
        if (y < min) min = y;
        if (y > max) max = y;
      }
      for (let y = max; y >= min; y -= 1) span.push(y);
    }
    spans.set(data, span);
  }
  return [...span];
}

const spans = new WeakMap<SiteData, number[]>();

/** The agencies directly below one, by region code. */
export function childAgencies(data: SiteData, slug: string): Agency[] {
  return data.agencies.filter((a) => a.parent === slug).sort((a, b) => (a.regionCode ?? '').localeCompare(b.regionCode ?? ''));
}
