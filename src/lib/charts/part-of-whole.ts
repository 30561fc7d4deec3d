/**
 * Charts d and e: the parts of one total as a single bar (基本支出 and 项目支出 of 本年支出合计;
 * income by source), with a legend that names each part with its amount and share. The
 * shares are text computed by the view model with decimal.js; this module only places them.
 */
import { scaleLinear } from 'd3';
import { type ChartSize, FONT_PX, LINE_PX } from './chart-frame';
import { chartDecimal, Dec, px } from './chart-value';
import { textWidthEm, wrapLabel } from './text-measure';

export interface PartDatum {
  id: string;
  /** As published (`一般公共预算财政拨款收入`). */
  label: string;
  /** Plain decimal text. */
  value: string;
  /** The amount as published, without its unit (`7,152.33`). */
  valueText: string;
  /** The share of the total, computed by 明账 (`97.6%`). */
  shareText: string;
}

export interface PartOfWholeGeometry {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  bar: { x: number; y: number; width: number; height: number };
  segments: Array<{ id: string; part: number; x: number; width: number; shareText?: string; shareX?: number }>;
  legend: Array<{ id: string; part: number; x: number; y: number; lines: string[] }>;
}

const BAR_PX = 28;

/**
 * `total` is the published whole; when the parts add up to more (rounding), the bar is as long
 * as their sum so that no part is cut off. Parts must not be negative: a negative part has no
 * place in a part-of-whole bar and is refused.
 */
export function partOfWholeChart(input: { total: string; parts: readonly PartDatum[] }, size: ChartSize, unit = '万元'): PartOfWholeGeometry {
  if (!(size.width >= 200)) throw new Error(`a chart needs at least 200 px of width, got ${size.width}`);
  const total = chartDecimal(input.total, 'the total');
  const values = input.parts.map((p) => {
    const v = chartDecimal(p.value, `"${p.label}"`);
    if (v.isNegative()) throw new Error(`part "${p.label}" is negative (${p.value}); a part-of-whole bar cannot show it`);
    return v;
  });
  const sum = values.reduce((s, v) => s.plus(v), new Dec(0));
  const whole = Dec.max(total, sum);
  const left = 1;
  const right = size.width - 1;
  const x = scaleLinear()
    .domain([0, whole.isZero() ? 1 : whole.toNumber()])
    .range([left, right]);
  const barY = 4;
  let at = new Dec(0);
  const segments = input.parts.map((p, i) => {
    const from = at;
    at = at.plus(values[i] ?? 0);
    const x0 = x(from.toNumber());
    const width = x(at.toNumber()) - x0;
    const fits = textWidthEm(p.shareText) * FONT_PX + 8 <= width;
    return {
      id: p.id,
      part: i,
      x: px(x0),
      width: px(width),
      ...(fits ? { shareText: p.shareText, shareX: px(x0 + width / 2) } : {}),
    };
  });
  let y = barY + BAR_PX + 12;
  const legend = input.parts.map((p, i) => {
    const { lines } = wrapLabel(`${p.label}　${p.valueText} ${unit}（${p.shareText}）`, (size.width - 24) / FONT_PX, 3);
    const item = { id: p.id, part: i, x: 1, y: px(y), lines };
    y += lines.length * LINE_PX + 6;
    return item;
  });
  return {
    width: size.width,
    height: px(y),
    fontSize: FONT_PX,
    lineHeight: LINE_PX,
    bar: { x: left, y: barY, width: px(right - left), height: BAR_PX },
    segments,
    legend,
  };
}
