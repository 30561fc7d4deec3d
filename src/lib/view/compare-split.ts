/**
 * /compare/ split by province (docs/sharding.md), like the findings lists: when the execution
 * rows are more than `MINGZHANG_LIST_LIMIT`, /compare/ stays one page but draws the rate
 * distribution as one row of counts per province and links to one comparison page per province
 * (`/compare/province/<slug>/`) that draws its agencies' rows in full. Below the limit the
 * page is exactly as it was.
 */
import type { Agency } from '../../schemas/agency';
import type { SiteSummary } from '../site/summary';
import { withBase } from '../site/urls';
import { bandOf, rateBands, type RateBand } from './compare-distribution';
import type { ComparisonEntry } from './compare-entry';
import type { ExecutionRow } from './findings';
import { isSplit, provinceOf, type ProvinceRef } from './findings-orders';

export const compareProvincePath = (slug: string): string => `/compare/province/${slug}/`;

/** Whether /compare/ is split by province: the execution rows (one square each) exceed the list limit. */
export const compareIsSplit = (summary: Pick<SiteSummary, 'execution'>): boolean => isSplit(summary.execution.length);

/** The rows of one province (its bureau and every agency under it; the national bureau for its own). */
export function provinceRows<T extends { context: { agency: { slug: string } } }>(rows: readonly T[], agencies: readonly Agency[], province: string): T[] {
  const resolve = provinceOf(agencies);
  return rows.filter((r) => resolve(r.context.agency.slug).slug === province);
}

export interface ProvinceDistributionRow extends ProvinceRef {
  href: string;
  /** Items per band, in band order. */
  bands: number[];
  /** Items drawn (with a rate). */
  total: number;
  /** Items whose rate cannot be computed. */
  unknown: number;
  /** Agency-year rows of the province's own page. */
  agencyYears: number;
  years: number[];
}

export interface ProvinceDistributionView {
  anchor: string;
  bands: RateBand[];
  rows: ProvinceDistributionRow[];
  total: number;
  unknown: number;
  comparison: ComparisonEntry;
}

/** The rate distribution of a split /compare/: per province, the counts per band of every execution row. */
export function provinceDistributionView(executionRows: readonly ExecutionRow[], agencies: readonly Agency[]): ProvinceDistributionView {
  const anchor = 'rate-distribution';
  const resolve = provinceOf(agencies);
  const rows = new Map<string, ProvinceDistributionRow & { keys: Set<string>; yearSet: Set<number> }>();
  for (const r of executionRows) {
    const p = resolve(r.context.agency.slug);
    const row = rows.get(p.slug) ?? { ...p, href: withBase(compareProvincePath(p.slug)), bands: rateBands.map(() => 0), total: 0, unknown: 0, agencyYears: 0, years: [], keys: new Set<string>(), yearSet: new Set<number>() };
    rows.set(p.slug, row);
    if (!r.rateOfAdjusted.known || r.rateOfAdjusted.value === undefined) {
      row.unknown += 1;
      continue;
    }
    row.bands[rateBands.indexOf(bandOf(r.rateOfAdjusted.value))]! += 1;
    row.total += 1;
    row.keys.add(`${r.context.fiscalYear}|${r.context.agency.slug}`);
    row.yearSet.add(r.context.fiscalYear);
  }
  const sorted = [...rows.values()]
    .sort((a, b) => a.code.localeCompare(b.code) || a.slug.localeCompare(b.slug))
    .map(({ keys, yearSet, ...row }) => ({ ...row, agencyYears: keys.size, years: [...yearSet].sort((a, b) => a - b) }));
  const total = sorted.reduce((n, r) => n + r.total, 0);
  const unknown = sorted.reduce((n, r) => n + r.unknown, 0);
  const title = '执行率的分布（各省合计）';
  const comparison: ComparisonEntry =
    sorted.length > 1
      ? {
          title,
          status: 'drawn',
          statusWords: '已比较（注意差异）',
          reasons: [
            `全部 ${total} 个有执行率的项目和转移支付，按省（含其下级机构；国家医保局本级单列）合计成 ${sorted.length} 行：每行混合了不同层级、不同机构和不同年度，不说明哪一个机构的情况；逐机构、逐年度的分布在各省的比较页`,
            '各省收录的机构和年度数目不同，项目数相差很大，只比较各档所占的多少，不比较项目数',
            '转移支付区域自评是全区总额，项目自评是一个机构的一个项目，两者一起计数',
          ],
          href: `#${anchor}`,
        }
      : { title, status: 'refused', statusWords: '不可比', reasons: ['只有一个省'], href: `#${anchor}` };
  return { anchor, bands: rateBands, rows: sorted, total, unknown, comparison };
}

/** The provinces a split /compare/ has pages for (none when it is not split): every province with an execution row, family member or topic row. */
export function compareProvinces(summary: Pick<SiteSummary, 'execution' | 'compare'>, agencies: readonly Agency[]): string[] {
  if (!compareIsSplit(summary)) return [];
  const resolve = provinceOf(agencies);
  const seen = new Map<string, ProvinceRef>();
  const slugs = [...summary.execution.map((r) => r.context.agency.slug), ...summary.compare.families.map((e) => e.member.agency.slug), ...summary.compare.topics.map((e) => e.row.agency.slug)];
  for (const slug of slugs) {
    const p = resolve(slug);
    if (!seen.has(p.slug)) seen.set(p.slug, p);
  }
  return [...seen.values()].sort((a, b) => a.code.localeCompare(b.code) || a.slug.localeCompare(b.slug)).map((p) => p.slug);
}

/** A province's reference (name, code) from its slug. */
export const provinceRef = (agencies: readonly Agency[], slug: string): ProvinceRef => provinceOf(agencies)(slug);

/** On a split national page: how many rows a table shows of how many, and each province's page with its count. */
export interface SplitMore {
  shown: number;
  total: number;
  provinces: Array<ProvinceRef & { count: number; href: string }>;
}

/** The split of one table of a national /compare/ (rows given by their agencies' slugs), linking to `anchor` on each province's page. */
export function splitMore(slugs: readonly string[], agencies: readonly Agency[], anchor: string, shown: number): SplitMore {
  const resolve = provinceOf(agencies);
  const counts = new Map<string, ProvinceRef & { count: number; href: string }>();
  for (const slug of slugs) {
    const p = resolve(slug);
    const entry = counts.get(p.slug) ?? { ...p, count: 0, href: withBase(`${compareProvincePath(p.slug)}#${anchor}`) };
    entry.count += 1;
    counts.set(p.slug, entry);
  }
  return { shown: Math.min(shown, slugs.length), total: slugs.length, provinces: [...counts.values()].sort((a, b) => a.code.localeCompare(b.code) || a.slug.localeCompare(b.slug)) };
}
