/**
 * Chart c: target against actual for numeric indicators, one small bullet chart per row,
 * each on its own scale (a rate, a count of meetings and a response time share no axis).
 * A row shows the zone that meets the target (right of a “≥” target, left of a “≤” one),
 * the target as a tick, the actual as a bar, and the verdict in words.
 *
 * Only indicators the evaluation module compared numerically in one unit belong here; the
 * view model filters, this module draws what it is given.
 */
import { scaleLinear } from 'd3';
import { type ChartLayout, type ChartSize, FONT_PX, LINE_PX, layoutFor } from './chart-frame';
import { chartDecimal, px } from './chart-value';
import { textWidthEm, wrapLabel } from './text-measure';

/** How the actual is compared with the target. */
export type BulletComparison = '≥' | '>' | '≤' | '<' | '=';
export type BulletStatus = 'met' | 'missed' | 'unknown';

export const bulletStatusLabels: Record<BulletStatus, string> = { met: '已达成', missed: '未达成', unknown: '无法判断' };

export interface IndicatorBulletDatum {
  id: string;
  /** The indicator's name as published. */
  label: string;
  href?: string;
  comparison: BulletComparison;
  /** The target's number and the actual, as plain decimal text in the same unit. */
  target: string;
  actual: string;
  /** Target and actual as published (`≥90%`, `99.75`). */
  targetText: string;
  actualText: string;
  /** The unit both are in (`%`, `次`, `分钟`). */
  unit: string;
  /** The verdict of the indicator evaluation. */
  status: BulletStatus;
}

export interface IndicatorBulletRow {
  id: string;
  label: string;
  href?: string;
  lines: string[];
  truncated: boolean;
  labelY: number;
  track: { x: number; y: number; width: number; height: number };
  /** The values that meet the target. */
  zone: { x: number; width: number };
  actual: { x: number; y: number; width: number; height: number };
  target: { x: number; y1: number; y2: number };
  detail: string;
  detailY: number;
  status: BulletStatus;
  statusText: string;
  statusX: number;
  statusY: number;
}

export interface IndicatorBulletGeometry {
  width: number;
  height: number;
  layout: ChartLayout;
  fontSize: number;
  lineHeight: number;
  legend: Array<{ kind: 'zone' | 'target' | 'actual'; x: number; y: number; label: string }>;
  rows: IndicatorBulletRow[];
}

const TRACK_PX = 18;
const ACTUAL_PX = 8;
const ROW_GAP_PX = 14;
const STATUS_COLUMN_PX = 5 * FONT_PX;

export function indicatorBulletChart(data: readonly IndicatorBulletDatum[], size: ChartSize): IndicatorBulletGeometry {
  const layout = layoutFor(size);
  const left = 1;
  const right = size.width - STATUS_COLUMN_PX;
  const legend: IndicatorBulletGeometry['legend'] = [];
  let lx = 1;
  for (const [kind, label] of [['zone', '达成区间'], ['target', '目标值'], ['actual', '实际值']] as const) {
    legend.push({ kind, x: lx, y: 4, label });
    lx += 20 + textWidthEm(label) * FONT_PX + 16;
  }
  let y = 4 + LINE_PX + 12;
  const rows: IndicatorBulletRow[] = [];
  for (const datum of data) {
    const target = chartDecimal(datum.target, `the target of "${datum.label}"`).toNumber();
    const actual = chartDecimal(datum.actual, `the actual of "${datum.label}"`).toNumber();
    const low = Math.min(0, target, actual);
    const high = Math.max(target, actual);
    const top = datum.unit === '%' && high <= 100 ? 100 : high > low ? low + (high - low) * 1.2 : low + 1;
    const x = scaleLinear().domain([low, top]).range([left, right]);
    const { lines, truncated } = wrapLabel(datum.label, (size.width - 2) / FONT_PX, layout === 'side' ? 2 : 3);
    const labelY = y + LINE_PX * 0.75;
    const trackY = y + lines.length * LINE_PX + 4;
    const zone =
      datum.comparison === '≥' || datum.comparison === '>'
        ? { x: px(x(target)), width: px(right - x(target)) }
        : datum.comparison === '≤' || datum.comparison === '<'
          ? { x: left, width: px(x(target) - left) }
          : { x: px(x(target) - 2), width: 4 };
    rows.push({
      id: datum.id,
      label: datum.label,
      ...(datum.href ? { href: datum.href } : {}),
      lines,
      truncated,
      labelY: px(labelY),
      track: { x: left, y: px(trackY), width: px(right - left), height: TRACK_PX },
      zone,
      actual: {
        x: px(Math.min(x(0), x(actual))),
        y: px(trackY + (TRACK_PX - ACTUAL_PX) / 2),
        width: px(Math.abs(x(actual) - x(0))),
        height: ACTUAL_PX,
      },
      target: { x: px(x(target)), y1: px(trackY - 3), y2: px(trackY + TRACK_PX + 3) },
      detail: `目标 ${datum.targetText}　实际 ${datum.actualText}`,
      detailY: px(trackY + TRACK_PX + 4 + LINE_PX * 0.75),
      status: datum.status,
      statusText: bulletStatusLabels[datum.status],
      statusX: px(right + 8),
      statusY: px(trackY + TRACK_PX / 2 + FONT_PX * 0.35),
    });
    y = trackY + TRACK_PX + 4 + LINE_PX + ROW_GAP_PX;
  }
  return {
    width: size.width,
    height: px(rows.length > 0 ? y - ROW_GAP_PX + 4 : 0),
    layout,
    fontSize: FONT_PX,
    lineHeight: LINE_PX,
    legend,
    rows,
  };
}
