/**
 * View model of an agency's page (/agencies/<agency>/): who it is (level, region code, the
 * chain above it, the agencies below it, its own disclosure page), and every fiscal year
 * with the documents 明账 has collected, saying plainly what is not collected yet.
 */
import { agencyLevels } from '../../schemas/agency';
import { agencyAncestors } from '../site/agency-tree';
import type { SiteData } from '../site/dataset';
import { agencyPath, agencyYearPath, withBase } from '../site/urls';
import {
  childAgencies,
  collectedYears,
  type DocumentEntry,
  documentEntries,
  documentsOf,
  kindsNotCollected,
  NOT_COLLECTED_CAVEAT,
  regionName,
} from './agency-common';
import type { PageFrame } from './document';
import { provinceOf } from './document';

export interface AgencyLink {
  name: string;
  href: string;
}

export interface AgencyYearEntry {
  year: number;
  /** The overview page, when the year has documents. */
  href?: string;
  documents: DocumentEntry[];
  documentCount: number;
  /** Kinds every bureau publishes that 明账 has not collected for this year. */
  notCollected: string[];
}

export interface AgencyPageView {
  frame: PageFrame;
  slug: string;
  name: string;
  shortName?: string;
  levelName: string;
  regionCode?: string;
  /** The region's name in the national list (`宁德市`). */
  regionName?: string;
  disclosurePage?: string;
  /** From the top down, without the agency itself. */
  ancestors: AgencyLink[];
  children: Array<AgencyLink & { slug: string; levelName: string; regionCode?: string; documentCount: number }>;
  years: AgencyYearEntry[];
  documentCount: number;
  caveat: string;
}

export function agencyPageView(data: SiteData, slug: string): AgencyPageView {
  const agency = data.agencyBySlug.get(slug);
  if (!agency) throw new Error(`no agency "${slug}" in data/agencies.json`);
  const chain = agencyAncestors(data, slug);
  const ancestors = chain.slice(0, -1).map((a) => ({ name: a.name, href: withBase(agencyPath(a.slug)) }));
  const own = documentsOf(data, slug);
  const ownYears = new Set(own.map((d) => d.fiscalYear));
  const span = collectedYears(data);
  const yearList = [...new Set([...span, ...ownYears])].sort((a, b) => b - a);
  const years: AgencyYearEntry[] = yearList.map((year) => {
    const docs = own.filter((d) => d.fiscalYear === year);
    const entry: AgencyYearEntry = { year, documents: documentEntries(docs), documentCount: docs.length, notCollected: kindsNotCollected(docs) };
    if (docs.length > 0) entry.href = withBase(agencyYearPath(slug, year));
    return entry;
  });

  const crumbs: PageFrame['crumbs'] = [{ label: '机构', href: withBase('/agencies/') }];
  for (const a of chain.filter((x) => x.level !== 'national' || x.slug === slug).slice(0, -1)) {
    crumbs.push({ label: a.shortName ?? a.name, href: withBase(agencyPath(a.slug)) });
  }
  const levelName = agencyLevels[agency.level];
  const region = regionName(agency.regionCode);
  const yearsWithDocs = years.filter((y) => y.documentCount > 0).map((y) => y.year);
  const description =
    own.length > 0
      ? `${agency.name}（${levelName}${agency.regionCode ? `，行政区划代码 ${agency.regionCode}` : ''}）在明账收录的 ${own.length} 份公开文件，涉及 ${yearsWithDocs.join('、')} 年度的部门决算、绩效目标和绩效自评。`
      : `${agency.name}（${levelName}）：明账尚未收录该机构的公开文件。`;
  const province = provinceOf(data, slug);
  const filters: Record<string, string> = { agency: agency.name, kind: '机构' };
  if (province) filters.province = regionName(province.regionCode) ?? province.name;

  const view: AgencyPageView = {
    frame: { title: agency.name, description, crumbs: [...crumbs, { label: agency.shortName ?? agency.name }], filters, meta: { agency: agency.name, kind: '机构' } },
    slug,
    name: agency.name,
    levelName,
    ancestors,
    children: childAgencies(data, slug).map((c) => {
      const child: AgencyPageView['children'][number] = {
        name: c.name,
        slug: c.slug,
        href: withBase(agencyPath(c.slug)),
        levelName: agencyLevels[c.level],
        documentCount: documentsOf(data, c.slug).length,
      };
      if (c.regionCode !== undefined) child.regionCode = c.regionCode;
      return child;
    }),
    years,
    documentCount: own.length,
    caveat: NOT_COLLECTED_CAVEAT,
  };
  if (agency.shortName !== undefined) view.shortName = agency.shortName;
  if (agency.regionCode !== undefined) view.regionCode = agency.regionCode;
  if (region !== undefined) view.regionName = region;
  if (agency.disclosurePage !== undefined) view.disclosurePage = agency.disclosurePage;
  return view;
}

/**
 * The page with its child agencies' document counts taken from the whole site (a summary's
 * catalogue): the national bureau's children are provinces, whose documents other shards hold.
 */
export function withChildCounts(view: AgencyPageView, documentCount: (slug: string) => number): AgencyPageView {
  return { ...view, children: view.children.map((c) => ({ ...c, documentCount: documentCount(c.slug) })) };
}
