/**
 * The comparison pages put together: the sections of /compare/ and the list of every
 * comparison drawn or refused, and the promised-vs-delivered page.
 */
import { agencyLevels } from '../../schemas/agency';
import type { SiteData } from '../site/dataset';
import type { SiteSummary } from '../site/summary';
import { withBase } from '../site/urls';
import { type FamilyView, familyViews, type TopicView, topicViews } from './compare';
import { distributionView, type DistributionView } from './compare-distribution';
import { type ComparisonEntry, refused } from './compare-entry';
import type { PromisePair } from './compare-promises';
import { compareIsSplit, provinceDistributionView, type ProvinceDistributionView, provinceRef, provinceRows, type SplitMore, splitMore } from './compare-split';
import { splitShown } from './findings-orders';
import type { Agency } from '../../schemas/agency';
import type { ProvinceRef } from './findings-orders';

export const COMPARE_PATH = '/compare/';
export const PROMISES_PATH = '/compare/targets-vs-results/';

export interface ComparePageView {
  families: FamilyView[];
  topics: TopicView[];
  /** Every agency and year's row (absent on a split national page). */
  distribution?: DistributionView;
  /** On a split national page: one row of counts per province, linking to its page. */
  provinceDistribution?: ProvinceDistributionView;
  /**
   * On a split national page: per family (by anchor) and per topic group (by anchor), the rows
   * shown of how many and each province's page. The families' and groups' rows are then only
   * the first rows (their verdicts are drawn over every row); the families' charts are left out.
   */
  more?: Map<string, SplitMore & { units: string[] }>;
  promises: PromisePair[];
  /** Comparisons refused for the page as a whole (not tied to one section). */
  general: ComparisonEntry[];
  comparisons: { drawn: ComparisonEntry[]; refused: ComparisonEntry[] };
}

/** What the accounts comparison needs of one final-accounts document. */
export interface AccountsEntry {
  document: string;
  agency: string;
  level: string;
  shortName: string;
  fiscalYear: number;
  /** Tables not in the archived text. */
  missing: number;
}

export function accountsEntries(data: SiteData): AccountsEntry[] {
  return data.documents.flatMap((d) => {
    if (d.kind !== 'final-accounts') return [];
    const agency = data.agencyBySlug.get(d.agency);
    return [{ document: d.id, agency: d.agency, level: agency?.level ?? '', shortName: agency?.shortName ?? d.agency, fiscalYear: d.fiscalYear, missing: d.finalAccounts.tables.filter((t) => t.status === 'not-available').length }];
  });
}

/** Department final accounts across agencies: the bureau's own money, refused while levels, years or tables differ. */
function accountsComparison(accounts: readonly AccountsEntry[]): ComparisonEntry[] {
  const agencies = new Set(accounts.map((d) => d.agency));
  if (agencies.size < 2) return [];
  const reasons: string[] = [];
  const levels = new Set(accounts.map((d) => d.level));
  if (levels.size > 1) reasons.push(`层级不同：${[...levels].map((l) => agencyLevels[l as keyof typeof agencyLevels] ?? l).join('、')}，职责和人员规模不同`);
  const years = [...new Set(accounts.map((d) => d.fiscalYear))].sort();
  if (years.length > 1) reasons.push(`年度不同：${years.join('、')}`);
  for (const d of accounts) {
    if (d.missing > 0) reasons.push(`${d.shortName} ${d.fiscalYear} 年度有 ${d.missing} 张决算表在存档文本中没有文字，无法逐表对照`);
  }
  if (reasons.length === 0) return [];
  return [refused('部门自身决算（本部门收支、三公经费）跨机构比较', reasons, '#rules')];
}

/**
 * /compare/, or one province's comparison page. Split (more execution rows than the list
 * limit), the national page draws the distribution per province; a province's page draws its
 * own agencies' rows in full.
 */
export function comparePageView(summary: SiteSummary, agencies: readonly Agency[] = [], province?: string): ComparePageView {
  const own = <T extends { context: { agency: { slug: string } } }>(rows: readonly T[]) => (province === undefined ? rows : provinceRows(rows, agencies, province));
  const mine = <T,>(rows: readonly T[], slug: (r: T) => string) => (province === undefined ? rows : provinceRows(rows.map((r) => ({ r, context: { agency: { slug: slug(r) } } })), agencies, province).map((x) => x.r));
  const split = province === undefined && compareIsSplit(summary);
  const more = split ? new Map<string, SplitMore & { units: string[] }>() : undefined;
  const families = familyViews(mine(summary.compare.families, (e) => e.member.agency.slug)).map((f) => {
    if (!more) return f;
    more.set(f.anchor, { ...splitMore(f.members.map((m) => m.agency.slug), agencies, f.anchor, splitShown()), units: [...new Set(f.members.map((m) => m.unit))] });
    return { ...f, members: f.members.slice(0, splitShown()), chart: [] };
  });
  const topics = topicViews(mine(summary.compare.topics, (e) => e.row.agency.slug)).map((t) => {
    if (!more) return t;
    return {
      ...t,
      groups: t.groups.map((g) => {
        more.set(g.anchor, { ...splitMore(g.rows.map((r) => r.agency.slug), agencies, g.anchor, splitShown()), units: [] });
        return { ...g, rows: g.rows.slice(0, splitShown()) };
      }),
    };
  });
  const distribution = split ? undefined : distributionView(own(summary.execution));
  const provinceDistribution = split ? provinceDistributionView(summary.execution, agencies) : undefined;
  const promises = mine(summary.compare.promises, (p) => p.pair.agency.slug).map((p) => p.pair);
  const general: ComparisonEntry[] = [
    refused('各机构金额加总或排名', ['部门自身的决算支出、项目和转移支付资金（多为转给下级或拨入基金的钱）、医保基金收支是三种钱，不能相加', '上级的转移支付金额包含下级收到的钱，加总会重复计算'], '#rules'),
    ...accountsComparison(mine(summary.compare.accounts, (a) => a.agency)),
  ];
  const at = (entries: ComparisonEntry[]) => (province === undefined ? entries : entries.map((c) => (c.href === '#rules' ? { ...c, href: withBase(`${COMPARE_PATH}#rules`) } : c)));
  const all: ComparisonEntry[] = [
    (distribution ?? provinceDistribution)!.comparison,
    ...families.flatMap((f) => [f.rates, f.amounts]),
    ...topics.flatMap((t) => t.groups.flatMap((g) => [g.targets, g.actuals])),
    ...promises.map((p) => ({ ...p.comparison, href: withBase(`${PROMISES_PATH}${p.comparison.href}`) })),
    ...general,
  ];
  return {
    families,
    topics,
    ...(distribution ? { distribution } : {}),
    ...(provinceDistribution ? { provinceDistribution } : {}),
    ...(more ? { more } : {}),
    promises,
    general,
    // A province's page has no rules section of its own: its general verdicts point to the national one.
    comparisons: { drawn: at(all.filter((c) => c.status === 'drawn')), refused: at(all.filter((c) => c.status === 'refused')) },
  };
}

export { provinceRef };
export type { ProvinceRef };
