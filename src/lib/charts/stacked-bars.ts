/**
 * Chart d: one horizontal bar per row (a 款 of the function classification), split into
 * series (基本支出, 项目支出 …) stacked with d3's stack. Series are told apart by fill
 * pattern and by the legend, never by colour alone; every row carries its total in words.
 */
import { format, scaleLinear, stack, stackOffsetDiverging } from 'd3';
import { type ChartLayout, type ChartSize, edgeAwareTicks, FONT_PX, LINE_PX, layoutFor, type Tick } from './chart-frame';
import { chartValue, px } from './chart-value';
import { textWidthEm, wrapLabel } from './text-measure';

export interface StackedSeries {
  key: string;
  /** As published (`基本支出`). */
  label: string;
}

export interface StackedBarDatum {
  id: string;
  /** The row's label as published, with its code if it has one (`21015 医疗保障管理事务`). */
  label: string;
  href?: string;
  /** Each series' value as plain decimal text. */
  values: Readonly<Record<string, string>>;
  /** The row's total as shown (published text). */
  totalText: string;
}

export interface StackedBarGeometry {
  width: number;
  height: number;
  layout: ChartLayout;
  fontSize: number;
  lineHeight: number;
  legend: Array<{ series: number; x: number; y: number; label: string }>;
  ticks: Tick[];
  unitLabel: string;
  plot: { left: number; right: number; top: number; bottom: number };
  rows: Array<{
    id: string;
    label: string;
    href?: string;
    lines: string[];
    truncated: boolean;
    labelX: number;
    labelY: number;
    y: number;
    height: number;
    /** Segments in series order; `series` indexes the series (and its fill pattern). */
    segments: Array<{ series: number; key: string; x: number; width: number }>;
    totalText: string;
    totalX: number;
    totalY: number;
  }>;
}

const BAR_PX = 16;
const ROW_GAP_PX = 10;
const AXIS_PX = 24;
const TOTAL_MARGIN_PX = 72;

export function stackedBarChart(
  input: { series: readonly StackedSeries[]; rows: readonly StackedBarDatum[] },
  size: ChartSize,
  unit = '万元',
): StackedBarGeometry {
  const layout = layoutFor(size);
  const keys = input.series.map((s) => s.key);
  // Read every value once, through the validating door, before d3 sees it.
  const table = input.rows.map((row) => {
    const record: Record<string, number> = {};
    for (const key of keys) {
      const text = row.values[key];
      record[key] = chartValue(text, `"${key}" of "${row.label}"`);
    }
    return record;
  });
  const layers = stack<Record<string, number>>().keys(keys).offset(stackOffsetDiverging)(table);
  const extent = layers.flatMap((layer) => layer.flatMap(([a, b]) => [a, b]));
  const x = scaleLinear()
    .domain([Math.min(0, ...extent), Math.max(0, ...extent) || 1])
    .nice();

  const legend: StackedBarGeometry['legend'] = [];
  let lx = 1;
  let ly = 4;
  input.series.forEach((s, i) => {
    const itemWidth = 20 + textWidthEm(s.label) * FONT_PX;
    if (lx > 1 && lx + itemWidth > size.width) {
      lx = 1;
      ly += LINE_PX + 4;
    }
    legend.push({ series: i, x: px(lx), y: ly, label: s.label });
    lx += itemWidth + 16;
  });
  const top = ly + LINE_PX + 12;

  const labelColumn = layout === 'side' ? Math.min(16 * FONT_PX, Math.round(size.width * 0.34)) : 0;
  const left = layout === 'side' ? labelColumn + 12 : 1;
  const right = size.width - TOTAL_MARGIN_PX;
  x.range([left, right]);

  let y = top;
  const rows: StackedBarGeometry['rows'] = input.rows.map((row, r) => {
    const { lines, truncated } = wrapLabel(row.label, layout === 'side' ? labelColumn / FONT_PX : (size.width - 2) / FONT_PX, 2);
    const labelBlock = lines.length * LINE_PX;
    let barY: number;
    let labelY: number;
    if (layout === 'side') {
      const inner = Math.max(labelBlock, BAR_PX);
      barY = y + (inner - BAR_PX) / 2;
      labelY = y + (inner - labelBlock) / 2 + LINE_PX * 0.75;
      y += inner + ROW_GAP_PX;
    } else {
      labelY = y + LINE_PX * 0.75;
      barY = y + labelBlock + 2;
      y = barY + BAR_PX + ROW_GAP_PX;
    }
    const segments = layers
      .map((layer, series) => {
        const [a, b] = layer[r] ?? [0, 0];
        return { series, key: layer.key, x: px(Math.min(x(a), x(b))), width: px(Math.abs(x(b) - x(a))) };
      })
      .filter((s) => s.width > 0);
    const end = Math.max(x(0), ...segments.map((s) => s.x + s.width));
    return {
      id: row.id,
      label: row.label,
      ...(row.href ? { href: row.href } : {}),
      lines,
      truncated,
      labelX: layout === 'side' ? px(labelColumn) : 1,
      labelY: px(labelY),
      y: px(barY),
      height: BAR_PX,
      segments,
      totalText: row.totalText,
      totalX: px(end + 4),
      totalY: px(barY + BAR_PX / 2 + FONT_PX * 0.35),
    };
  });
  const bottom = y - ROW_GAP_PX + 4;
  return {
    width: size.width,
    height: px(rows.length > 0 ? bottom + AXIS_PX : 0),
    layout,
    fontSize: FONT_PX,
    lineHeight: LINE_PX,
    legend,
    ticks: edgeAwareTicks(
      x.ticks(layout === 'side' ? 6 : 3).map((t) => ({ x: px(x(t)), label: format(',')(t) })),
      size.width,
      (label) => textWidthEm(label) * FONT_PX,
    ),
    unitLabel: unit,
    plot: { left: px(left), right: px(right), top, bottom: px(bottom) },
    rows,
  };
}
