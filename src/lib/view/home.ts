/**
 * View model of the home page: what 明账 is, the latest disclosures, and what stands out
 * across all of them (the lowest execution rates, missed targets, the audit's most serious
 * findings). Kept short: the page must stay light on a phone.
 */
import { documentKinds } from '../../schemas/document';
import { toDec } from '../decimal';
import type { SiteData } from '../site/dataset';
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

export function homeView(data: SiteData): HomeView {
  const top = data.documents.filter((d) => d.partOf === undefined || !data.documentById.has(d.partOf));
  const latest = top
    .map((d) => ({ d, date: publishedDate(d) }))
    .sort((a, b) => b.d.fiscalYear - a.d.fiscalYear || b.date.sortKey.localeCompare(a.date.sortKey) || a.d.id.localeCompare(b.d.id))
    .slice(0, HOME_LIMITS.latest)
    .map(({ d, date }): LatestDocument => {
      const agency = data.agencyBySlug.get(d.agency);
      return {
        id: d.id,
        title: d.title,
        href: withBase(documentPath(d)),
        kindName: documentKinds[d.kind],
        agencyName: agency?.name ?? d.agency,
        agencyHref: withBase(agencyPath(d.agency)),
        year: d.fiscalYear,
        dateText: date.text,
        dateStated: date.stated,
      };
    });

  const lowRates: Array<LowRate & { rate: string }> = [];
  const missed: MissedTarget[] = [];
  for (const { agency, year } of agencyYears(data)) {
    const docs = data.documentsByAgencyYear.get(`${agency}/${year}`) ?? [];
    const agencyName = data.agencyBySlug.get(agency)?.name ?? agency;
    const rows = executionRows(docs);
    const rates = executionRateData(rows, topLines(docs));
    rates.forEach((r, i) => {
      if (r.rate === null || !toDec(r.rate).lessThan(90)) return;
      const row = rows[i];
      const low: LowRate & { rate: string } = { id: r.id, name: r.label, href: r.href ?? '', agencyName, year, yearHref: withBase(agencyYearPath(agency, year)), rateText: r.rateText, rate: r.rate };
      if (row?.unspent.known) low.unspentText = row.unspent.text;
      lowRates.push(low);
    });
    for (const m of agencyIndicators(docs).missed) {
      missed.push({ id: m.id, name: m.name, itemName: m.itemName, href: m.href, agencyName, year, target: m.target, actual: m.actual });
    }
  }
  lowRates.sort((a, b) => toDec(a.rate).comparedTo(toDec(b.rate)));

  const findings = allFindings(data);
  const years = [...new Set(data.documents.map((d) => d.fiscalYear))].sort();
  return {
    stats: {
      agencies: new Set(data.documents.map((d) => d.agency)).size,
      documents: data.documents.length,
      years: years.length === 0 ? '' : years.length === 1 ? `${years[0]}` : `${years[0]}–${years[years.length - 1]}`,
    },
    latest,
    lowRates: lowRates.slice(0, HOME_LIMITS.lowRates).map(({ rate: _rate, ...low }) => low),
    missed: missed.slice(0, HOME_LIMITS.missed),
    missedCount: missed.length,
    findings: findings.filter((f) => f.severity === 'high').slice(0, HOME_LIMITS.findings).map((f) => findingView(data, f)),
    findingsCount: findings.length,
    lists: { underExecuted: withBase(findingsPath('under-executed')), missed: withBase(findingsPath('missed-indicators')), audit: withBase(findingsPath('audit')) },
  };
}
