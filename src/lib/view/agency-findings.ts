/**
 * Audit findings for the agency-year overview and the home page: each with its figures on
 * both sides, every published figure linked to the line of the source where it is printed,
 * and a link to the item it is about.
 */
import { type Finding, type ItemLocation, type Severity, severityLabels } from '../audit/finding';
import type { SiteData } from '../site/dataset';
import { documentPath, withBase } from '../site/urls';
import { type SourceRef, sourceRef } from './document-cells';
import { findingsOfDocument, locationHref, siteFindings } from './document-findings';

export interface FindingFigureView {
  label: string;
  text: string;
  /** Computed by 明账 rather than published. */
  computed: boolean;
  /** The lines of the archived source where it is printed. */
  source?: SourceRef;
  /** Where the figure is shown on the site. */
  href?: string;
}

export interface FindingView {
  id: string;
  /** Anchor on the overview page. */
  anchor: string;
  severity: Severity;
  severityLabel: string;
  title: string;
  detail: string;
  figures: FindingFigureView[];
  /** The page of the item the finding is about. */
  href: string;
  /** Agency and year, for lists that span agencies (home page). */
  agencyName: string;
  fiscalYear: number;
}

/** Every finding of the dataset, computed once per build (shared with the document pages). */
export function allFindings(data: SiteData): Finding[] {
  return siteFindings(data);
}

function itemHref(data: SiteData, location: ItemLocation): string {
  const href = locationHref(data, location);
  if (href !== undefined) return href;
  const doc = data.documentById.get(location.document);
  return doc ? withBase(documentPath(doc)) : withBase('/agencies/');
}

function sourceOf(data: SiteData, location: ItemLocation | undefined): SourceRef | undefined {
  if (!location?.lines) return undefined;
  const doc = data.documentById.get(location.document);
  return doc ? sourceRef(doc.archive, location.lines) : undefined;
}

export function findingView(data: SiteData, finding: Finding): FindingView {
  const doc = data.documentById.get(finding.location.document);
  return {
    id: finding.id,
    anchor: `finding-${finding.id.replace(/[^a-z0-9-]+/gi, '-').toLowerCase()}`,
    severity: finding.severity,
    severityLabel: severityLabels[finding.severity],
    title: finding.title,
    detail: finding.detail,
    figures: finding.figures.map((f) => {
      const v: FindingFigureView = { label: f.label, text: f.text, computed: f.computed === true };
      const source = f.computed ? undefined : sourceOf(data, f.location);
      if (source) v.source = source;
      const href = f.location ? locationHref(data, f.location) : undefined;
      if (href !== undefined) v.href = href;
      return v;
    }),
    href: itemHref(data, finding.location),
    agencyName: doc ? (data.agencyBySlug.get(doc.agency)?.name ?? doc.agency) : '',
    fiscalYear: doc?.fiscalYear ?? 0,
  };
}

const ranks = new WeakMap<SiteData, Map<Finding, number>>();

/** The findings about one agency-year's documents, most serious first. */
export function agencyYearFindings(data: SiteData, agency: string, year: number): FindingView[] {
  const docs = new Set((data.documentsByAgencyYear.get(`${agency}/${year}`) ?? []).map((d) => d.id));
  // In the order of the whole list (most serious first), from the per-document index.
  let order = ranks.get(data);
  if (order === undefined) {
    order = new Map(allFindings(data).map((f, i) => [f, i]));
    ranks.set(data, order);
  }
  const rank = order;
  return [...docs]
    .flatMap((id) => findingsOfDocument(data, id))
    .sort((a, b) => rank.get(a)! - rank.get(b)!)
    .map((f) => findingView(data, f));
}
