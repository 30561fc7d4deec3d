/**
 * View model of the home page: what 明账 is, the latest disclosures, and what stands out
 * across all of them (the lowest execution rates, missed targets, the audit's most serious
 * findings). Kept short: the page must stay light on a phone.
 */
import { documentKinds } from '../../schemas/document';
import { toDec } from '../decimal';
import type { SiteData } from '../site/dataset';
import type { SiteSummary } from '../site/summary';
import { agencyPath, agencyYearPath, documentPath, withBase } from '../site/urls';
import { publishedDate } from './agency-common';
import { allFindings, findingView, type FindingView } from './agency-findings';
import { agencyIndicators } from './agency-indicators';
import { executionRateData, executionRows, topLines } from './agency-money';
import { agencyYears } from './agency-year';
import { findingsPath } from './findings-orders';

export interface LatestDocument {
  id: string;
  title: string;
  href: string;
  kindName: string;
  agencyName: string;
  agencyHref: string;
  year: number;
  dateText: string;
  dateStated: boolean;
}

export interface LowRate {
  id: string;
  name: string;
  href: string;
  agencyName: string;
  year: number;
  yearHref: string;
  rateText: string;
  unspentText?: string;
}

export interface MissedTarget {
  id: string;
  name: string;
  itemName: string;
  href: string;
  agencyName: string;
  year: number;
  target: string;
  actual: string;
}

export interface HomeView {
  stats: { agencies: number; documents: number; years: string };
  latest: LatestDocument[];
  lowRates: LowRate[];
  missed: MissedTarget[];
  missedCount: number;
  findings: FindingView[];
  findingsCount: number;
  /** The full lists on the findings pages. */
  lists: { underExecuted: string; missed: string; audit: string };
}

/** How many items each list shows. */
export const HOME_LIMITS = { latest: 8, lowRates: 5, missed: 4, findings: 3 } as const;

/** A low execution rate with what orders it across agency-years: the rate, then the agency-year list's order. */
export interface RankedLowRate extends LowRate {
  rate: string;
  agency: string;
  /** Position in its agency-year's list. */
  index: number;
}

/** A missed target with its place in the agency-year order (agency, newest year first, then its own order). */
export interface RankedMissed extends MissedTarget {
  agency: string;
  index: number;
}

/** A serious finding for the home page, with its place in the audit's order. */
export interface RankedFinding {
  document: string;
  view: FindingView;
}

/**
 * What the home page needs of some documents: enough to take the first N of every list after
 * merging (each list's first N is among the first N of the parts), and the counts.
 */
export interface HomeSummary {
  lowRates: RankedLowRate[];
  missed: RankedMissed[];
  missedCount: number;
  /** The first serious findings, in the audit's order. */
  findings: RankedFinding[];
}

const byAgencyYear = (a: { agency: string; year: number; index: number }, b: { agency: string; year: number; index: number }) => a.agency.localeCompare(b.agency) || b.year - a.year || a.index - b.index;

export const orderLowRates = (list: RankedLowRate[]): RankedLowRate[] => list.sort((a, b) => toDec(a.rate).comparedTo(toDec(b.rate)) || byAgencyYear(a, b));
export const orderMissed = (list: RankedMissed[]): RankedMissed[] => list.sort(byAgencyYear);
export const orderHomeFindings = (list: RankedFinding[]): RankedFinding[] => list.sort((a, b) => a.document.localeCompare(b.document) || a.view.id.localeCompare(b.view.id));

export function homeSummary(data: SiteData): HomeSummary {
  const lowRates: RankedLowRate[] = [];
  const missed: RankedMissed[] = [];
  let missedCount = 0;
  for (const { agency, year } of agencyYears(data)) {
    const docs = data.documentsByAgencyYear.get(`${agency}/${year}`) ?? [];
    const agencyName = data.agencyBySlug.get(agency)?.name ?? agency;
    const rows = executionRows(docs);
    const rates = executionRateData(rows, topLines(docs));
    rates.forEach((r, i) => {
      if (r.rate === null || !toDec(r.rate).lessThan(90)) return;
      const row = rows[i];
      const low: RankedLowRate = { id: r.id, name: r.label, href: r.href ?? '', agencyName, year, yearHref: withBase(agencyYearPath(agency, year)), rateText: r.rateText, rate: r.rate, agency, index: i };
      if (row?.unspent.known) low.unspentText = row.unspent.text;
      lowRates.push(low);
    });
    agencyIndicators(docs).missed.forEach((m, index) => {
      missedCount += 1;
      if (missed.length < HOME_LIMITS.missed) missed.push({ id: m.id, name: m.name, itemName: m.itemName, href: m.href, agencyName, year, target: m.target, actual: m.actual, agency, index });
    });
  }
  // The audit's order is severity, document, id: the serious findings come first.
  const findings = allFindings(data)
    .filter((f) => f.severity === 'high')
    .slice(0, HOME_LIMITS.findings)
    .map((f) => ({ document: f.location.document, view: findingView(data, f) }));
  return { lowRates: orderLowRates(lowRates).slice(0, HOME_LIMITS.lowRates), missed, missedCount, findings };
}

export function mergeHomeSummaries(parts: readonly HomeSummary[]): HomeSummary {
  return {
    lowRates: orderLowRates(parts.flatMap((p) => p.lowRates)).slice(0, HOME_LIMITS.lowRates),
    missed: orderMissed(parts.flatMap((p) => p.missed)).slice(0, HOME_LIMITS.missed),
    missedCount: parts.reduce((n, p) => n + p.missedCount, 0),
    findings: orderHomeFindings(parts.flatMap((p) => p.findings)).slice(0, HOME_LIMITS.findings),
  };
}

export function homeView(summary: SiteSummary): HomeView {
  const { documents } = summary;
  const ids = new Set(documents.map((d) => d.id));
  const top = documents.filter((d) => d.partOf === undefined || !ids.has(d.partOf));
  const latest = top
    .map((d) => ({ d, date: publishedDate(d) }))
    .sort((a, b) => b.d.fiscalYear - a.d.fiscalYear || b.date.sortKey.localeCompare(a.date.sortKey) || a.d.id.localeCompare(b.d.id))
    .slice(0, HOME_LIMITS.latest)
    .map(({ d, date }): LatestDocument => ({
      id: d.id,
      title: d.title,
      href: withBase(documentPath(d)),
      kindName: documentKinds[d.kind],
      agencyName: d.agencyName,
      agencyHref: withBase(agencyPath(d.agency)),
      year: d.fiscalYear,
      dateText: date.text,
      dateStated: date.stated,
    }));
  const years = [...new Set(documents.map((d) => d.fiscalYear))].sort();
  const home = summary.home;
  return {
    stats: {
      agencies: new Set(documents.map((d) => d.agency)).size,
      documents: documents.length,
      years: years.length === 0 ? '' : years.length === 1 ? `${years[0]}` : `${years[0]}–${years[years.length - 1]}`,
    },
    latest,
    lowRates: home.lowRates.map(({ rate: _rate, agency: _agency, index: _index, ...low }) => low),
    missed: home.missed.map(({ agency: _agency, index: _index, ...m }) => m),
    missedCount: home.missedCount,
    findings: home.findings.map((f) => f.view),
    findingsCount: summary.audit.length,
    lists: { underExecuted: withBase(findingsPath('under-executed')), missed: withBase(findingsPath('missed-indicators')), audit: withBase(findingsPath('audit')) },
  };
}
