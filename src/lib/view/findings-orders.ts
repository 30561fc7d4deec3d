/**
 * The findings lists and their sort orders. Without JavaScript every order must be reachable,
 * so each order is its own pre-rendered page (`/findings/under-executed/by-unspent/`): the
 * same complete table, rows reordered. Sorting compares decimal text with decimal.js; a figure
 * that cannot be computed sorts last.
 */
import { severityLabels, type Severity } from '../audit/finding';
import { toDec } from '../decimal';
import type { Agency } from '../../schemas/agency';
import type { SiteSummary } from '../site/summary';
import { withBase } from '../site/urls';
import { auditRules } from './findings-rules';
import { type AuditRow, type ExecutionRow, type IndicatorRow, missedIndicators, selfDeductedIndicators } from './findings';
import { byPlace, type ItemContext } from './findings-context';
import type { DerivedView } from './document-cells';

export const FINDINGS_PATH = '/findings/';

export type FindingsList = 'under-executed' | 'execution-rates' | 'missed-indicators' | 'audit';

export interface SortOrder {
  /** Path segment after the list (undefined for the list's default order). */
  slug: string | undefined;
  /** What the order is, for the switcher (`按未执行金额从多到少`). */
  label: string;
}

export const executionOrders = {
  rate: { slug: undefined, label: '按执行率（B/A）从低到高' },
  unspent: { slug: 'by-unspent', label: '按未执行金额（A−B）从多到少' },
  'year-start-rate': { slug: 'by-year-start-rate', label: '按执行数占年初预算从低到高' },
  place: { slug: 'by-agency', label: '按机构、年度和文件' },
} as const satisfies Record<string, SortOrder>;
export type ExecutionOrder = keyof typeof executionOrders;

export const indicatorOrders = {
  place: { slug: undefined, label: '按机构、年度和文件' },
  deducted: { slug: 'by-points-deducted', label: '按自评扣分从多到少' },
  achievement: { slug: 'by-achievement', label: '按实际÷目标从低到高' },
} as const satisfies Record<string, SortOrder>;
export type IndicatorOrder = keyof typeof indicatorOrders;

export const auditOrders = {
  severity: { slug: undefined, label: '按严重程度' },
  place: { slug: 'by-document', label: '按机构、年度和文件' },
  rule: { slug: 'by-rule', label: '按核对规则' },
} as const satisfies Record<string, SortOrder>;
export type AuditOrder = keyof typeof auditOrders;

/** The path of a list in an order (the default order has no suffix), for the whole country or one province's rows. */
export function findingsPath(list: FindingsList, slug?: string, province?: string): string {
  return `${FINDINGS_PATH}${list}/${province ? `province/${province}/` : ''}${slug ? `${slug}/` : ''}`;
}

// ————————————————————————————————————————— lists split by province

/**
 * A list with more rows than this is split by province (docs/sharding.md): its pages show the
 * first rows of each order, every count of the whole list, and link to one page per province
 * (each order) with that province's complete list. At national scale a list of every row would
 * be megabytes (BENCHMARKS.md: 2.3 MB gzipped at 1,000 agency-years). MINGZHANG_LIST_LIMIT sets it.
 */
export function listLimit(): number {
  const limit = Number(process.env.MINGZHANG_LIST_LIMIT ?? '1000');
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`MINGZHANG_LIST_LIMIT must be a positive whole number, not ${process.env.MINGZHANG_LIST_LIMIT}`);
  return limit;
}

/** Rows a split list shows on its national pages. */
export const splitShown = (): number => Math.min(100, listLimit());

/** A province bureau (or the national bureau, for its own rows) that a split list has a page for. */
export interface ProvinceRef {
  slug: string;
  name: string;
  /** Sort key: the region code (the national bureau first). */
  code: string;
}

const resolvers = new WeakMap<readonly Agency[], (slug: string) => ProvinceRef>();

/** The province an agency's rows are listed under: the province bureau above it (or itself), the national bureau for its own. */
export function provinceOf(agencies: readonly Agency[]): (slug: string) => ProvinceRef {
  let resolve = resolvers.get(agencies);
  if (resolve === undefined) {
    const bySlug = new Map(agencies.map((a) => [a.slug, a]));
    const byCode = new Map(agencies.filter((a) => a.level === 'province' && a.regionCode).map((a) => [a.regionCode!.slice(0, 2), a]));
    const national = agencies.find((a) => a.level === 'national');
    const ref = (a: Agency): ProvinceRef => ({ slug: a.slug, name: a.shortName ?? a.name, code: a.regionCode ?? '' });
    resolve = (slug) => {
      const a = bySlug.get(slug);
      const province = a?.regionCode ? byCode.get(a.regionCode.slice(0, 2)) : national;
      return province ? ref(province) : { slug, name: a?.name ?? slug, code: a?.regionCode ?? '' };
    };
    resolvers.set(agencies, resolve);
  }
  return resolve;
}

/** How a list page relates to the split: a province's complete list, or the national page of a split list. */
export interface ListSplit {
  /** On a province's page: the province. */
  province?: ProvinceRef;
  /** On the national page of a split list: how many rows it shows, of how many, and each province's page. */
  national?: { shown: number; total: number; provinces: Array<ProvinceRef & { count: number; href: string }> };
  /** The national page of this order (on a province's page). */
  nationalHref: string;
}

type Placed = { context: ItemContext };

/** The provinces of some rows with their counts, in region-code order. */
function provinceCounts(rows: readonly Placed[], agencies: readonly Agency[]): Array<ProvinceRef & { count: number }> {
  const resolve = provinceOf(agencies);
  const counts = new Map<string, ProvinceRef & { count: number }>();
  for (const r of rows) {
    const p = resolve(r.context.agency.slug);
    const entry = counts.get(p.slug) ?? { ...p, count: 0 };
    entry.count += 1;
    counts.set(p.slug, entry);
  }
  return [...counts.values()].sort((a, b) => a.code.localeCompare(b.code) || a.slug.localeCompare(b.slug));
}

/** Whether a list of this many rows is split. */
export const isSplit = (rows: number): boolean => rows > listLimit();

/**
 * The split of a list's pages: on a province page its rows only (filtered before sorting: a
 * province page costs its own rows); on the national page of a split list the first rows.
 */
function splitOf<T extends Placed>(rows: readonly T[], sort: (rows: readonly T[]) => T[], all: readonly Placed[], list: FindingsList, slug: string | undefined, agencies: readonly Agency[], province: string | undefined): { rows: T[]; split: ListSplit } {
  const nationalHref = withBase(findingsPath(list, slug));
  if (province !== undefined) {
    const resolve = provinceOf(agencies);
    const own = sort(rows.filter((r) => resolve(r.context.agency.slug).slug === province));
    return { rows: own, split: { province: provinceCounts(own, agencies)[0] ?? { ...resolve(province), slug: province }, nationalHref } };
  }
  const sorted = sort(rows);
  if (!isSplit(all.length)) return { rows: sorted, split: { nationalHref } };
  const provinces = provinceCounts(all, agencies).map((p) => ({ ...p, href: withBase(findingsPath(list, slug, p.slug)) }));
  return { rows: sorted.slice(0, splitShown()), split: { national: { shown: Math.min(splitShown(), sorted.length), total: all.length, provinces }, nationalHref } };
}

/** The provinces a split list has pages for (none when the list is not split). */
export function splitProvinces(rows: readonly Placed[], agencies: readonly Agency[]): string[] {
  return isSplit(rows.length) ? provinceCounts(rows, agencies).map((p) => p.slug) : [];
}

/** Ascending or descending by a decimal text, unknown last, ties by place. */
function byDecimal<T extends { context: ItemContext; order: number }>(value: (row: T) => string | undefined, direction: 1 | -1) {
  return (a: T, b: T): number => {
    const x = value(a);
    const y = value(b);
    if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || byPlace(a, b);
    return direction * toDec(x).comparedTo(toDec(y)) || byPlace(a, b);
  };
}

const known = (v: DerivedView | undefined): string | undefined => (v?.known ? v.value : undefined);

export function sortExecution(rows: readonly ExecutionRow[], order: ExecutionOrder): ExecutionRow[] {
  const sorted = [...rows];
  switch (order) {
    case 'rate':
      return sorted.sort(byDecimal((r) => known(r.rateOfAdjusted), 1));
    case 'unspent':
      return sorted.sort(byDecimal((r) => known(r.unspent), -1));
    case 'year-start-rate':
      return sorted.sort(byDecimal((r) => known(r.rateOfYearStart), 1));
    case 'place':
      return sorted.sort(byPlace);
  }
}

export function sortIndicators(rows: readonly IndicatorRow[], order: IndicatorOrder): IndicatorRow[] {
  const sorted = [...rows];
  switch (order) {
    case 'place':
      return sorted.sort(byPlace);
    case 'deducted':
      return sorted.sort(byDecimal((r) => known(r.deducted), -1));
    case 'achievement':
      return sorted.sort(byDecimal((r) => r.ratio?.replace('%', ''), 1));
  }
}

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const RULE_RANK = new Map(Object.keys(auditRules).map((k, i) => [k, i]));

export function sortAudit(rows: readonly AuditRow[], order: AuditOrder): AuditRow[] {
  const sorted = [...rows];
  switch (order) {
    case 'severity':
      return sorted.sort((a, b) => a.order - b.order);
    case 'place':
      return sorted.sort((a, b) => a.context.placeKey.localeCompare(b.context.placeKey) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.order - b.order);
    case 'rule':
      return sorted.sort((a, b) => (RULE_RANK.get(a.rule) ?? 99) - (RULE_RANK.get(b.rule) ?? 99) || a.order - b.order);
  }
}

export interface OrderLink {
  label: string;
  href: string;
  current: boolean;
}

function orderLinks<K extends string>(list: FindingsList, orders: Record<K, SortOrder>, current: K, province?: string): OrderLink[] {
  return (Object.entries(orders) as Array<[K, SortOrder]>).map(([key, o]) => ({ label: o.label, href: withBase(findingsPath(list, o.slug, province)), current: key === current }));
}

/** The href of one order of a list (of a province's rows), for sortable column headers. */
export function orderHref(list: FindingsList, slug: string | undefined, province?: string): string {
  return withBase(findingsPath(list, slug, province));
}

export interface ExecutionListView {
  list: 'under-executed' | 'execution-rates';
  order: ExecutionOrder;
  orders: OrderLink[];
  rows: ExecutionRow[];
  /** Rows of the whole dataset with an execution figure (the denominator of "n of N"). */
  total: number;
  underCount: number;
  /** Rows whose rate cannot be computed. */
  unknownCount: number;
  /** Every unit the rows use (one → shown in the header). */
  units: string[];
  /** The fiscal years the rows cover, ascending. */
  years: number[];
  split: ListSplit;
}

/** The rows of an execution list (before any split). */
export const executionListRows = (summary: SiteSummary, list: 'under-executed' | 'execution-rates'): ExecutionRow[] => (list === 'under-executed' ? summary.execution.filter((r) => r.under) : summary.execution);

/** The rows of one province (all rows without one). */
function inProvince<T extends Placed>(rows: readonly T[], agencies: readonly Agency[], province: string | undefined): readonly T[] {
  if (province === undefined) return rows;
  const resolve = provinceOf(agencies);
  return rows.filter((r) => resolve(r.context.agency.slug).slug === province);
}

export function executionListView(summary: SiteSummary, list: 'under-executed' | 'execution-rates', order: ExecutionOrder, agencies: readonly Agency[] = [], province?: string): ExecutionListView {
  // Counts are of what the page lists: the whole country, or the province.
  const all = inProvince(summary.execution, agencies, province);
  const listed = executionListRows(summary, list);
  const { rows, split } = splitOf(listed, (r) => sortExecution(r, order), listed, list, executionOrders[order].slug, agencies, province);
  return {
    list,
    order,
    orders: orderLinks(list, executionOrders, order, province),
    split,
    rows,
    total: all.length,
    underCount: all.filter((r) => r.under).length,
    unknownCount: all.filter((r) => !r.rateOfAdjusted.known).length,
    units: [...new Set(rows.map((r) => r.unit))],
    years: [...new Set(rows.map((r) => r.context.fiscalYear))].sort((a, b) => a - b),
  };
}

export interface IndicatorListView {
  order: IndicatorOrder;
  orders: OrderLink[];
  missed: IndicatorRow[];
  selfDeducted: IndicatorRow[];
  /** Indicators evaluated in all (the denominator). */
  evaluated: number;
  unknown: number;
  /** The split of each table (split together: a list of both over the limit). */
  split: ListSplit;
  /** The whole country's counts of the two tables. */
  missedCount: number;
  selfDeductedCount: number;
}

/** The rows of the missed-indicators list, both tables (before any split). */
export const indicatorListRows = (summary: SiteSummary): IndicatorRow[] => [...missedIndicators(summary.indicators), ...selfDeductedIndicators(summary.indicators)];

export function indicatorListView(summary: SiteSummary, order: IndicatorOrder, agencies: readonly Agency[] = [], province?: string): IndicatorListView {
  const rows = inProvince(summary.indicators, agencies, province);
  const counts = Object.entries(summary.indicatorCounts).filter(([slug]) => province === undefined || provinceOf(agencies)(slug).slug === province);
  const missedAll = missedIndicators(rows);
  const deductedAll = selfDeductedIndicators(rows);
  const both = [...missedAll, ...deductedAll];
  const slug = indicatorOrders[order].slug;
  const missed = splitOf(missedAll, (r) => sortIndicators(r, order), both, 'missed-indicators', slug, agencies, province);
  const selfDeducted = splitOf(deductedAll, (r) => sortIndicators(r, order), both, 'missed-indicators', slug, agencies, province);
  return {
    order,
    orders: orderLinks('missed-indicators', indicatorOrders, order, province),
    split: missed.split,
    missedCount: missedAll.length,
    selfDeductedCount: deductedAll.length,
    missed: missed.rows,
    selfDeducted: selfDeducted.rows,
    evaluated: counts.reduce((n, [, c]) => n + c.evaluated, 0),
    unknown: counts.reduce((n, [, c]) => n + c.unknown, 0),
  };
}

export interface AuditListView {
  order: AuditOrder;
  orders: OrderLink[];
  rows: AuditRow[];
  counts: Array<{ severity: Severity; words: string; count: number }>;
  split: ListSplit;
}

export function auditListView(summary: SiteSummary, order: AuditOrder, agencies: readonly Agency[] = [], province?: string): AuditListView {
  const rows = summary.audit;
  const { rows: shown, split } = splitOf(rows, (r) => sortAudit(r, order), rows, 'audit', auditOrders[order].slug, agencies, province);
  const counted = province === undefined ? rows : shown;
  return {
    order,
    orders: orderLinks('audit', auditOrders, order, province),
    split,
    rows: shown,
    counts: (['high', 'medium', 'low'] as const).map((s) => ({ severity: s, words: severityLabels[s], count: counted.filter((r) => r.severity === s).length })),
  };
}

/**
 * Route params for a list: one page per order, the default at the list's own path; and when the
 * list is split, one page per order for each province (`province/<slug>/<order>`).
 */
export function orderParams<K extends string>(orders: Record<K, SortOrder>, provinces: readonly string[] = []): Array<{ params: { order: string | undefined }; props: { order: K; province?: string } }> {
  const entries = Object.entries(orders) as Array<[K, SortOrder]>;
  return [
    ...entries.map(([key, o]) => ({ params: { order: o.slug }, props: { order: key } })),
    ...provinces.flatMap((province) => entries.map(([key, o]) => ({ params: { order: `province/${province}${o.slug ? `/${o.slug}` : ''}` }, props: { order: key, province } }))),
  ];
}

export interface FindingsHubEntry {
  list: FindingsList;
  title: string;
  href: string;
  /** One sentence with the count, for the hub page. */
  sentence: string;
}

/** The findings index: each list with its count. */
export function findingsHub(summary: SiteSummary): FindingsHubEntry[] {
  const execution = summary.execution;
  const under = execution.filter((r) => r.under).length;
  const indicators = summary.indicators;
  const missed = missedIndicators(indicators).length;
  const deducted = selfDeductedIndicators(indicators).length;
  const evaluated = Object.values(summary.indicatorCounts).reduce((n, c) => n + c.evaluated, 0);
  const audit = summary.audit;
  const high = audit.filter((r) => r.severity === 'high').length;
  return [
    { list: 'under-executed', title: '执行率偏低的项目和转移支付', href: withBase(findingsPath('under-executed')), sentence: `${execution.length} 个有执行数的项目和转移支付中，${under} 个的执行率低于阈值。` },
    { list: 'execution-rates', title: '全部项目的执行率', href: withBase(findingsPath('execution-rates')), sentence: `${execution.length} 个项目和转移支付，按执行率、未执行金额或年初预算排序。` },
    { list: 'missed-indicators', title: '未完成的绩效指标', href: withBase(findingsPath('missed-indicators')), sentence: `${evaluated} 项有实际完成值的指标中，明账判断 ${missed} 项未达成；另有 ${deducted} 项按数字无法判断，但原文自评扣了分。` },
    { list: 'audit', title: '明账核对发现', href: withBase(findingsPath('audit')), sentence: `文件中对不上的数字共 ${audit.length} 处，其中 ${high} 处为“${severityLabels.high}”。` },
  ];
}
