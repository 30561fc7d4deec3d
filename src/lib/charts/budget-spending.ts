/**
 * Chart b: budget (全年预算数, A) against spending (全年执行数, B) per project, on one
 * scale, largest budget first. The unspent part A−B is hatched; spending beyond A is drawn
 * past it; the year-start budget (年初预算数) is a marker where it differs from A, because an
 * in-year cut can make a low execution look normal (004: 240 cut to 136, spent 94.46).
 */
import { format, scaleLinear } from 'd3';
import { type ChartLayout, type ChartSize, edgeAwareTicks, FONT_PX, LINE_PX, layoutFor, type Tick } from './chart-frame';
import { chartDecimal, type Dec, px } from './chart-value';
import { textWidthEm, wrapLabel } from './text-measure';

export interface BudgetSpendingDatum {
  id: string;
  /** The project's name as published. */
  label: string;
  href?: string;
  /** 全年预算数 (A) as plain decimal text, or null when the cell holds no figure. */
  adjustedBudget: string | null;
  /** 全年执行数 (B) as plain decimal text, or null. */
  executed: string | null;
  /** 年初预算数 as plain decimal text, or null when not published. */
  yearStartBudget: string | null;
  /** A, B and the year-start budget as shown (published text, `"136.00"`). */
  adjustedText: string;
  executedText: string;
  yearStartText?: string;
  /** |A − B| as shown, computed with decimal.js by the view model (`"41.54"`). */
  differenceText?: string;
  /** Why the row cannot be drawn, when A or B is null. */
  reason?: string;
}

export interface BudgetSpendingRow {
  id: string;
  label: string;
  href?: string;
  lines: string[];
  truncated: boolean;
  labelX: number;
  labelY: number;
  /** The budget A, outlined. */
  budget: { x: number; width: number };
  /** Spending up to A, solid. */
  spent: { x: number; width: number };
  /** A − B when B < A, hatched. */
  unspent?: { x: number; width: number };
  /** B − A when B > A. */
  over?: { x: number; width: number };
  /** The year-start budget, where it is above zero and differs from A. */
  yearStart?: { x: number };
  barY: number;
  barHeight: number;
  /** B against A: all spent, some left unspent, or more spent than budgeted (exact decimal comparison). */
  balance: 'even' | 'under' | 'over';
  /** The figures in words under the bar. */
  detail: string[];
  detailX: number;
  detailY: number;
}

export interface BudgetSpendingGeometry {
  width: number;
  height: number;
  layout: ChartLayout;
  fontSize: number;
  lineHeight: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: Tick[];
  unitLabel: string;
  legend: Array<{ kind: 'spent' | 'unspent' | 'over' | 'year-start'; x: number; y: number; label: string }>;
  rows: BudgetSpendingRow[];
  omitted: Array<{ id: string; label: string; reason: string; href?: string }>;
}

const BAR_PX = 16;
const ROW_GAP_PX = 12;
const AXIS_PX = 24;

export function budgetSpendingChart(data: readonly BudgetSpendingDatum[], size: ChartSize, unit = '万元'): BudgetSpendingGeometry {
  const layout = layoutFor(size);
  const drawable: Array<{ datum: BudgetSpendingDatum; a: Dec; b: Dec; start: Dec | null }> = [];
  const omitted: BudgetSpendingGeometry['omitted'] = [];
  for (const datum of data) {
    if (datum.adjustedBudget === null || datum.executed === null) {
      omitted.push({ id: datum.id, label: datum.label, reason: datum.reason ?? '缺少全年预算数或全年执行数', ...(datum.href ? { href: datum.href } : {}) });
      continue;
    }
    drawable.push({
      datum,
      a: chartDecimal(datum.adjustedBudget, `the budget (A) of "${datum.label}"`),
      b: chartDecimal(datum.executed, `the spending (B) of "${datum.label}"`),
      start: datum.yearStartBudget === null ? null : chartDecimal(datum.yearStartBudget, `the year-start budget of "${datum.label}"`),
    });
  }
  drawable.sort((p, q) => q.a.comparedTo(p.a));

  const labelColumn = layout === 'side' ? Math.min(15 * FONT_PX, Math.round(size.width * 0.3)) : 0;
  const left = layout === 'side' ? labelColumn + 12 : 1;
  const right = size.width - 8;
  const max = Math.max(0, ...drawable.flatMap(({ a, b, start }) => [a.toNumber(), b.toNumber(), start?.toNumber() ?? 0]));
  const min = Math.min(0, ...drawable.flatMap(({ a, b }) => [a.toNumber(), b.toNumber()]));
  const x = scaleLinear().domain([min, max > min ? max : min + 1]).nice().range([left, right]);
  const span = (from: number, to: number) => ({ x: px(Math.min(x(from), x(to))), width: px(Math.abs(x(to) - x(from))) });

  const legend: BudgetSpendingGeometry['legend'] = [];
  const legendItems: Array<[BudgetSpendingGeometry['legend'][number]['kind'], string, boolean]> = [
    ['spent', '执行数', true],
    ['unspent', '未支出（预算−执行）', drawable.some(({ a, b }) => b.lessThan(a))],
    ['over', '超出预算', drawable.some(({ a, b }) => b.greaterThan(a))],
    ['year-start', '年初预算数', drawable.some(({ a, start }) => start !== null && start.greaterThan(0) && !start.equals(a))],
  ];
  let lx = 1;
  let ly = 4;
  for (const [kind, label, shown] of legendItems) {
    if (!shown) continue;
    const itemWidth = 20 + textWidthEm(label) * FONT_PX;
    if (lx > 1 && lx + itemWidth > size.width) {
      lx = 1;
      ly += LINE_PX + 4;
    }
    legend.push({ kind, x: px(lx), y: ly, label });
    lx += itemWidth + 16;
  }
  const legendBottom = ly + LINE_PX + 4;

  const rows: BudgetSpendingRow[] = [];
  let y = legendBottom + 8;
  const detailEm = (right - left) / FONT_PX;
  for (const { datum, a, b, start } of drawable) {
    const { lines, truncated } = wrapLabel(datum.label, layout === 'side' ? labelColumn / FONT_PX : (size.width - 2) / FONT_PX, 2);
    const words = [`执行 ${datum.executedText}`, `预算 ${datum.adjustedText}`];
    if (datum.differenceText !== undefined && !a.equals(b)) words.push(`${b.lessThan(a) ? '未支出' : '超出预算'} ${datum.differenceText}`);
    const showStart = start !== null && start.greaterThan(0) && !start.equals(a);
    if (showStart && datum.yearStartText !== undefined) words.push(`年初预算 ${datum.yearStartText}`);
    const detail = wrapLabel(words.join('　'), detailEm, 2).lines;
    const labelBlock = lines.length * LINE_PX;
    const barBlock = BAR_PX + 4 + detail.length * LINE_PX;
    let barY: number;
    let labelY: number;
    if (layout === 'side') {
      const inner = Math.max(labelBlock, barBlock);
      barY = y;
      labelY = y + LINE_PX * 0.75;
      y += inner + ROW_GAP_PX;
    } else {
      labelY = y + LINE_PX * 0.75;
      barY = y + labelBlock + 2;
      y = barY + barBlock + ROW_GAP_PX;
    }
    const av = a.toNumber();
    const bv = b.toNumber();
    const row: BudgetSpendingRow = {
      id: datum.id,
      label: datum.label,
      ...(datum.href ? { href: datum.href } : {}),
      lines,
      truncated,
      labelX: layout === 'side' ? px(labelColumn) : 1,
      labelY: px(labelY),
      budget: span(0, av),
      spent: span(0, b.lessThan(a) ? bv : av),
      barY: px(barY),
      barHeight: BAR_PX,
      balance: b.lessThan(a) ? 'under' : b.greaterThan(a) ? 'over' : 'even',
      detail,
      detailX: px(left),
      detailY: px(barY + BAR_PX + 4 + LINE_PX * 0.75),
    };
    if (b.lessThan(a)) row.unspent = span(bv, av);
    if (b.greaterThan(a)) row.over = span(av, bv);
    if (showStart && start !== null) row.yearStart = { x: px(x(start.toNumber())) };
    rows.push(row);
  }

  const bottom = y - ROW_GAP_PX + 4;
  const tickFormat = format(',');
  return {
    width: size.width,
    height: px(rows.length > 0 ? bottom + AXIS_PX : 0),
    layout,
    fontSize: FONT_PX,
    lineHeight: LINE_PX,
    plot: { left: px(left), right: px(right), top: legendBottom, bottom: px(bottom) },
    ticks: edgeAwareTicks(
      x.ticks(layout === 'side' ? 6 : 3).map((t) => ({ x: px(x(t)), label: tickFormat(t) })),
      size.width,
      (label) => textWidthEm(label) * FONT_PX,
    ),
    unitLabel: unit,
    legend,
    rows,
    omitted,
  };
}
