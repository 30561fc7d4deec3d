/**
 * The findings lists and their sort orders. Without JavaScript every order must be reachable,
 * so each order is its own pre-rendered page (`/findings/under-executed/by-unspent/`): the
 * same complete table, rows reordered. Sorting compares decimal text with decimal.js; a figure
 * that cannot be computed sorts last.
 */
import { severityLabels, type Severity } from '../audit/finding';
import { toDec } from '../decimal';
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

/** The path of a list in an order (the default order has no suffix). */
export function findingsPath(list: FindingsList, slug?: string): string {
  return `${FINDINGS_PATH}${list}/${slug ? `${slug}/` : ''}`;
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

function orderLinks<K extends string>(list: FindingsList, orders: Record<K, SortOrder>, current: K): OrderLink[] {
  return (Object.entries(orders) as Array<[K, SortOrder]>).map(([key, o]) => ({ label: o.label, href: withBase(findingsPath(list, o.slug)), current: key === current }));
}

/** The href of one order of a list, for sortable column headers. */
export function orderHref(list: FindingsList, slug: string | undefined): string {
  return withBase(findingsPath(list, slug));
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
}

export function executionListView(summary: SiteSummary, list: 'under-executed' | 'execution-rates', order: ExecutionOrder): ExecutionListView {
  const all = summary.execution;
  const rows = sortExecution(list === 'under-executed' ? all.filter((r) => r.under) : all, order);
  return {
    list,
    order,
    orders: orderLinks(list, executionOrders, order),
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
}

export function indicatorListView(summary: SiteSummary, order: IndicatorOrder): IndicatorListView {
  const rows = summary.indicators;
  return {
    order,
    orders: orderLinks('missed-indicators', indicatorOrders, order),
    missed: sortIndicators(missedIndicators(rows), order),
    selfDeducted: sortIndicators(selfDeductedIndicators(rows), order),
    evaluated: rows.length,
    unknown: rows.filter((r) => r.status === 'unknown').length,
  };
}

export interface AuditListView {
  order: AuditOrder;
  orders: OrderLink[];
  rows: AuditRow[];
  counts: Array<{ severity: Severity; words: string; count: number }>;
}

export function auditListView(summary: SiteSummary, order: AuditOrder): AuditListView {
  const rows = summary.audit;
  return {
    order,
    orders: orderLinks('audit', auditOrders, order),
    rows: sortAudit(rows, order),
    counts: (['high', 'medium', 'low'] as const).map((s) => ({ severity: s, words: severityLabels[s], count: rows.filter((r) => r.severity === s).length })),
  };
}

/** Route params for a list: one page per order, the default at the list's own path. */
export function orderParams<K extends string>(orders: Record<K, SortOrder>): Array<{ params: { order: string | undefined }; props: { order: K } }> {
  return (Object.entries(orders) as Array<[K, SortOrder]>).map(([key, o]) => ({ params: { order: o.slug }, props: { order: key } }));
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
  const audit = summary.audit;
  const high = audit.filter((r) => r.severity === 'high').length;
  return [
    { list: 'under-executed', title: '执行率偏低的项目和转移支付', href: withBase(findingsPath('under-executed')), sentence: `${execution.length} 个有执行数的项目和转移支付中，${under} 个的执行率低于阈值。` },
    { list: 'execution-rates', title: '全部项目的执行率', href: withBase(findingsPath('execution-rates')), sentence: `${execution.length} 个项目和转移支付，按执行率、未执行金额或年初预算排序。` },
    { list: 'missed-indicators', title: '未完成的绩效指标', href: withBase(findingsPath('missed-indicators')), sentence: `${indicators.length} 项有实际完成值的指标中，明账判断 ${missed} 项未达成；另有 ${deducted} 项按数字无法判断，但原文自评扣了分。` },
    { list: 'audit', title: '明账核对发现', href: withBase(findingsPath('audit')), sentence: `文件中对不上的数字共 ${audit.length} 处，其中 ${high} 处为“${severityLabels.high}”。` },
  ];
}
