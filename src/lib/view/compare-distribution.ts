/**
 * The distribution of execution rates: every self-evaluated project and transfer payment,
 * one row per agency and year, counted into bands of the rate (B/A, computed by
 * `funding-execution.ts`, at the two decimals it is shown with). Data and the geometry of a
 * unit chart (one square per item; a transfer payment drawn as a ring) for a build-time SVG.
 */
import { Dec, toDec } from '../decimal';
import { CHART_WIDTHS, type ChartSize, FONT_PX, LINE_PX, layoutFor } from '../charts/chart-frame';
import { wrapLabel } from '../charts/text-measure';
import type { ComparisonEntry } from './compare-entry';
import type { ExecutionRow } from './findings';

export interface RateBand {
  key: string;
  label: string;
  /** Lower bound (inclusive) and upper bound (exclusive), in percent; null for open ends. */
  from: string | null;
  to: string | null;
}

/** Bands of the rate. 100% on its own: most items sit exactly there. */
export const rateBands: RateBand[] = [
  { key: 'lt50', label: '低于 50%', from: null, to: '50' },
  { key: '50-70', label: '50%–不到 70%', from: '50', to: '70' },
  { key: '70-90', label: '70%–不到 90%', from: '70', to: '90' },
  { key: '90-100', label: '90%–不到 100%', from: '90', to: '100' },
  { key: '100', label: '100%', from: '100', to: '100' },
  { key: 'gt100', label: '超过 100%', from: '100', to: null },
];

export function bandOf(rate: string): RateBand {
  const r = toDec(rate);
  const band = rateBands.find((b) => {
    if (b.from !== null && b.to !== null && b.from === b.to) return r.equals(new Dec(b.from));
    if (b.from !== null && b.to === null) return r.greaterThan(new Dec(b.from));
    return (b.from === null || r.gte(new Dec(b.from))) && (b.to === null || r.lessThan(new Dec(b.to)));
  });
  return band!;
}

export interface DistributionItem {
  id: string;
  name: string;
  href: string;
  rateText: string;
  kind: 'evaluation' | 'transfer-payment';
}

export interface DistributionRow {
  key: string;
  label: string;
  agencyName: string;
  fiscalYear: number;
  /** Items per band, in band order. */
  bands: DistributionItem[][];
  total: number;
}

export interface DistributionView {
  anchor: string;
  bands: RateBand[];
  rows: DistributionRow[];
  /** Items whose rate cannot be computed (not drawn). */
  unknown: Array<{ name: string; href: string; reason: string }>;
  comparison: ComparisonEntry;
}

/** The distribution of execution rates, from the findings' execution rows (in document order). */
export function distributionView(executionRows: readonly ExecutionRow[]): DistributionView {
  const anchor = 'rate-distribution';
  const rows = new Map<string, DistributionRow>();
  const unknown: DistributionView['unknown'] = [];
  for (const r of executionRows) {
    if (!r.rateOfAdjusted.known || r.rateOfAdjusted.value === undefined) {
      unknown.push({ name: r.name, href: r.href, reason: r.rateOfAdjusted.reason ?? '无法计算' });
      continue;
    }
    const key = `${r.context.fiscalYear}|${r.context.placeKey.split('|')[0]}|${r.context.agency.slug}`;
    const row = rows.get(key) ?? { key, label: `${r.context.agency.shortName} ${r.context.fiscalYear}`, agencyName: r.context.agency.name, fiscalYear: r.context.fiscalYear, bands: rateBands.map(() => []), total: 0 };
    rows.set(key, row);
    const i = rateBands.indexOf(bandOf(r.rateOfAdjusted.value));
    row.bands[i]!.push({ id: r.id, name: r.name, href: r.fundingHref, rateText: r.rateOfAdjusted.text, kind: r.kind });
    row.total += 1;
  }
  const sorted = [...rows.values()].sort((a, b) => a.key.localeCompare(b.key));
  const years = [...new Set(sorted.map((r) => r.fiscalYear))];
  const caveats: string[] = [];
  if (years.length > 1) caveats.push(`年度不同：${sorted.map((r) => `${r.label} 年度`).join('、')}，每行单独一个年度`);
  const counts = sorted.map((r) => r.total);
  if (counts.length > 1 && Math.max(...counts) >= 3 * Math.min(...counts)) caveats.push(`各行项目数相差很大（${sorted.map((r) => `${r.label} 年度 ${r.total} 个`).join('，')}），少数项目的一行不能说明该机构的一般情况`);
  caveats.push('转移支付区域自评（画作圆圈）是全区总额，项目自评（画作方块）是一个机构的一个项目');
  const comparison: ComparisonEntry =
    sorted.length > 1
      ? { title: '执行率的分布（各机构、各年度）', status: 'drawn', statusWords: '已比较（注意差异）', reasons: caveats, href: `#${anchor}` }
      : { title: '执行率的分布（各机构、各年度）', status: 'refused', statusWords: '不可比', reasons: ['只有一个机构、一个年度'], href: `#${anchor}` };
  return { anchor, bands: rateBands, rows: sorted, unknown, comparison };
}

// ————————————————————————————————————————— geometry

export interface DistributionMark {
  id: string;
  x: number;
  y: number;
  size: number;
  kind: DistributionItem['kind'];
}

export interface DistributionGeometry {
  width: number;
  height: number;
  layout: 'stacked' | 'side';
  lineHeight: number;
  /** Band headers: centred text over each column, wrapped. */
  headers: Array<{ x: number; lines: string[] }>;
  headerHeight: number;
  /** Column separators. */
  columns: Array<{ x: number; width: number; under90: boolean }>;
  rows: Array<{
    key: string;
    labelLines: string[];
    labelX: number;
    labelY: number;
    top: number;
    height: number;
    /** Height of the label strip above the marks (stacked layout), 0 beside them. */
    labelBlock: number;
    counts: Array<{ x: number; y: number; text: string }>;
    marks: DistributionMark[];
  }>;
}

const MARK = 9;
const GAP = 3;
const PAD = 6;

export function distributionChart(view: Pick<DistributionView, 'bands' | 'rows'>, size: ChartSize = { width: CHART_WIDTHS.wide }): DistributionGeometry {
  const layout = layoutFor(size);
  const labelWidth = layout === 'side' ? Math.min(12 * FONT_PX, Math.round(size.width * 0.24)) : 0;
  const left = layout === 'side' ? labelWidth + 8 : 0;
  const colWidth = (size.width - left) / view.bands.length;
  const perLine = Math.max(1, Math.floor((colWidth - 2 * PAD + GAP) / (MARK + GAP)));
  const headers = view.bands.map((b, i) => ({ x: left + colWidth * (i + 0.5), lines: wrapLabel(b.label, (colWidth - 4) / 12, 2).lines }));
  const headerHeight = Math.max(...headers.map((h) => h.lines.length)) * LINE_PX + 6;
  const columns = view.bands.map((b, i) => ({ x: left + colWidth * i, width: colWidth, under90: b.to !== null && new Dec(b.to).lte(90) }));
  let y = headerHeight;
  const rows: DistributionGeometry['rows'] = view.rows.map((row) => {
    const labelLines = wrapLabel(row.label, layout === 'side' ? labelWidth / FONT_PX : (size.width - 2) / FONT_PX, 2).lines;
    const labelBlock = layout === 'side' ? 0 : labelLines.length * LINE_PX + 2;
    const top = y + labelBlock;
    const maxLines = Math.max(1, ...row.bands.map((items) => Math.ceil(items.length / perLine)));
    const bodyHeight = LINE_PX + maxLines * (MARK + GAP) + PAD;
    const marks: DistributionMark[] = [];
    const counts: Array<{ x: number; y: number; text: string }> = [];
    row.bands.forEach((items, i) => {
      const x0 = left + colWidth * i + PAD;
      counts.push({ x: x0, y: top + LINE_PX - 4, text: items.length > 0 ? `${items.length} 个` : '' });
      items.forEach((item, k) => {
        marks.push({ id: item.id, x: x0 + (k % perLine) * (MARK + GAP), y: top + LINE_PX + Math.floor(k / perLine) * (MARK + GAP), size: MARK, kind: item.kind });
      });
    });
    const height = labelBlock + bodyHeight;
    const out = {
      key: row.key,
      labelLines,
      labelX: layout === 'side' ? labelWidth : 1,
      labelY: layout === 'side' ? top + LINE_PX - 4 : y + LINE_PX * 0.8,
      top: y,
      height,
      labelBlock,
      counts,
      marks,
    };
    y += height;
    return out;
  });
  return { width: size.width, height: Math.round(y + 2), layout, lineHeight: LINE_PX, headers, headerHeight, columns, rows };
}
