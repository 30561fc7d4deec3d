/**
 * Chart a: execution rate (执行率) per project as horizontal bars, lowest first, with
 * reference lines at 90% and 100%. A rate above 100% is drawn past the 100% line (the part
 * beyond it hatched); a rate that cannot be computed is not drawn but listed with its reason.
 */
import { scaleLinear } from 'd3';
import { type ChartLayout, type ChartSize, edgeAwareTicks, FONT_PX, LINE_PX, layoutFor, type Tick } from './chart-frame';
import { chartDecimal, Dec, px } from './chart-value';
import { textWidthEm, wrapLabel } from './text-measure';

export interface ExecutionRateDatum {
  /** Unique on the page (used for anchors and keys). */
  id: string;
  /** The project's name as published. */
  label: string;
  /** The rate in percent as plain decimal text (`"69.46"`), or null when there is none. */
  rate: string | null;
  /** The rate as shown (`"69.46%"`): published text or a decimal-formatted computed figure. */
  rateText: string;
  /** Why there is no rate (`全年预算数为 0，无法计算执行率`), when `rate` is null. */
  reason?: string;
  /** Link to the project's page. */
  href?: string;
  /** A word for the table about where the rate comes from (`由明账计算`). */
  note?: string;
}

/** Where a rate falls against the reference lines; drawn differently, and said in words in the table. */
export type RateBand = 'under-90' | '90-to-100' | 'over-100';

export interface ExecutionRateBar {
  id: string;
  label: string;
  href?: string;
  lines: string[];
  truncated: boolean;
  /** Baseline of the first label line; further lines are LINE_PX apart. */
  labelX: number;
  labelY: number;
  /** The bar up to min(rate, 100%). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The part beyond 100%, when the rate exceeds it. */
  over?: { x: number; width: number };
  band: RateBand;
  valueText: string;
  valueX: number;
  valueY: number;
  note?: string;
}

export interface ExecutionRateGeometry {
  width: number;
  height: number;
  layout: ChartLayout;
  fontSize: number;
  lineHeight: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: Tick[];
  references: Array<{ x: number; label: string; anchor: 'start' | 'end' }>;
  bars: ExecutionRateBar[];
  /** Rates that cannot be computed: listed as “无法计算”, never drawn. */
  unknown: Array<{ id: string; label: string; reason: string; href?: string }>;
}

const BAR_PX = 16;
const ROW_GAP_PX = 10;
const TOP_PX = 22;
const AXIS_PX = 24;
/** Room right of the longest bar for its value (`122.33%`). */
const VALUE_MARGIN_PX = 62;

export function executionRateChart(data: readonly ExecutionRateDatum[], size: ChartSize): ExecutionRateGeometry {
  const layout = layoutFor(size);
  const known: Array<{ datum: ExecutionRateDatum; rate: Dec; value: number }> = [];
  const unknown: ExecutionRateGeometry['unknown'] = [];
  for (const datum of data) {
    if (datum.rate === null) {
      unknown.push({ id: datum.id, label: datum.label, reason: datum.reason ?? '无法计算', ...(datum.href ? { href: datum.href } : {}) });
      continue;
    }
    const rate = chartDecimal(datum.rate, `the execution rate of "${datum.label}"`);
    known.push({ datum, rate, value: rate.toNumber() });
  }
  // Lowest first: under-execution is what readers look for. Ties keep the published order.
  known.sort((a, b) => a.rate.comparedTo(b.rate));

  const labelColumn = layout === 'side' ? Math.min(16 * FONT_PX, Math.round(size.width * 0.34)) : 0;
  const left = layout === 'side' ? labelColumn + 12 : 1;
  const right = size.width - VALUE_MARGIN_PX;
  const maxRate = Math.max(100, ...known.map((k) => k.value));
  const minRate = Math.min(0, ...known.map((k) => k.value));
  const x = scaleLinear().domain([minRate, maxRate]).nice().range([left, right]);
  const zero = x(0);
  const hundred = x(100);

  const bars: ExecutionRateBar[] = [];
  let y = TOP_PX;
  for (const { datum, rate, value } of known) {
    const maxEm = layout === 'side' ? labelColumn / FONT_PX : (size.width - 2) / FONT_PX;
    const { lines, truncated } = wrapLabel(datum.label, maxEm, 2);
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
    const end = x(value);
    const band: RateBand = rate.lessThan(90) ? 'under-90' : rate.greaterThan(100) ? 'over-100' : '90-to-100';
    const mainEnd = band === 'over-100' ? hundred : end;
    const bar: ExecutionRateBar = {
      id: datum.id,
      label: datum.label,
      ...(datum.href ? { href: datum.href } : {}),
      lines,
      truncated,
      labelX: layout === 'side' ? px(labelColumn) : 1,
      labelY: px(labelY),
      x: px(Math.min(zero, mainEnd)),
      y: px(barY),
      width: px(Math.abs(mainEnd - zero)),
      height: BAR_PX,
      band,
      valueText: datum.rateText,
      valueX: px(Math.max(end, zero) + 4),
      valueY: px(barY + BAR_PX / 2 + FONT_PX * 0.35),
      ...(datum.note ? { note: datum.note } : {}),
    };
    if (band === 'over-100') bar.over = { x: px(hundred), width: px(end - hundred) };
    bars.push(bar);
  }

  const plotBottom = y - ROW_GAP_PX + 4;
  const ticks = edgeAwareTicks(
    x.ticks(layout === 'side' ? 10 : 5).map((t) => ({ x: px(x(t)), label: `${t}%` })),
    size.width,
    valueLabelWidth,
  );
  // Labels at 90% and 100% sit back to back so that the two close lines never overprint.
  const references: ExecutionRateGeometry['references'] = [
    { x: px(x(90)), label: '90%', anchor: 'end' },
    { x: px(hundred), label: '100%', anchor: 'start' },
  ];
  return {
    width: size.width,
    height: px(bars.length > 0 ? plotBottom + AXIS_PX : 0),
    layout,
    fontSize: FONT_PX,
    lineHeight: LINE_PX,
    plot: { left: px(left), right: px(right), top: TOP_PX - 4, bottom: px(plotBottom) },
    ticks,
    references,
    bars,
    unknown,
  };
}

/** Width in px the widest value label needs (for tests and callers that check overflow). */
export function valueLabelWidth(text: string): number {
  return textWidthEm(text) * FONT_PX;
}
