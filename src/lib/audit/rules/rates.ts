/**
 * Rates that disagree with the figures they are computed from: a funding line's or a
 * department task's 执行率 against B/A, a share stated in text against part/whole, a year-over-year 增长率 against
 * the change and the previous year's figure.
 */
import type { DisclosureDocument } from '../../../schemas/document';
import type { DepartmentEvaluation } from '../../../schemas/department-evaluation';
import type { Funding } from '../../../schemas/funding';
import type { StatedFigure, YearOverYear } from '../../../schemas/stated-figure';
import { Dec, toDec, toDecimalText } from '../../decimal';
import { amountValue, rateValue } from '../../money';
import { checkDifference, checkRatio, checkStated, publishedInterval, subtractIntervals, addIntervals, percentIntervals, type ConsistencyCheck } from '../../rounding-interval';
import { findingId, type Finding, type ItemLocation } from '../finding';
import { severityOfGap } from './severity';

const num = amountValue;

function rateFinding(rule: 'stated-rate' | 'share-rate' | 'year-over-year', loc: ItemLocation, extra: string, what: string, stated: string, check: Extract<ConsistencyCheck, { status: 'inconsistent' }>, figures: Finding['figures'], basis: string): Finding {
  const computed = new Dec(check.computed).toFixed(2, Dec.ROUND_HALF_UP);
  return {
    id: findingId(rule, loc, extra),
    rule,
    severity: severityOfGap(check.gap, check.stated),
    title: `${what}：所列 ${stated}，按${basis}计算为 ${computed}%`,
    detail: `按所列数字计算，${basis} = ${computed}%；考虑各数的四舍五入，应在 ${new Dec(check.derived.low).toFixed(2, Dec.ROUND_DOWN)}% 至 ${new Dec(check.derived.high).toFixed(2, Dec.ROUND_UP)}% 之间，而文件列为 ${stated}。`,
    location: loc,
    figures: [...figures, { label: `${what}（明账计算）`, text: `${computed}%`, computed: true }],
  };
}

/** A stated 执行率 against executed ÷ budget, as a finding when they disagree beyond rounding. */
function executionRateFinding(stated: string | undefined, executed: string | undefined, budget: string | undefined, loc: ItemLocation, extra: string, what: string, labels: { executed: string; budget: string }): Finding[] {
  if (rateValue(stated) === undefined || num(executed) === undefined || num(budget) === undefined) return [];
  const check = checkRatio(executed!, budget!, stated!);
  if (check.status !== 'inconsistent') return [];
  return [
    rateFinding('stated-rate', loc, extra, `${what} 执行率`, stated!, check, [
      { label: '执行率（所列）', text: stated!, location: loc },
      { label: labels.executed, text: executed!, location: loc },
      { label: labels.budget, text: budget!, location: loc },
    ], `${labels.executed} ÷ ${labels.budget}`),
  ];
}

/** 执行率 of funding lines against 全年执行数 ÷ 全年预算数. */
export function fundingRates(funding: Funding, base: ItemLocation, label: string): Finding[] {
  return funding.lines.flatMap((l, i) =>
    executionRateFinding(l.executionRate, l.executed, l.adjustedBudget, { ...base, sub: l.id, lines: l.source.lines, path: [...base.path, 'funding', 'lines', i] }, 'execution', `${label} ${l.label}`, { executed: '全年执行数', budget: '全年预算数' }),
  );
}

/** 执行率 of a department-wide evaluation's tasks (年度主要任务) against 执行数 ÷ 预算数. */
export function taskRates(tasks: DepartmentEvaluation['tasks'], base: ItemLocation, label: string): Finding[] {
  return tasks.flatMap((t, i) =>
    executionRateFinding(t.executionRate, t.executed, t.budget, { ...base, sub: t.id, lines: t.source.lines, path: [...base.path, 'tasks', i] }, 'task-execution', `${label} ${t.name}`, { executed: '执行数', budget: '预算数' }),
  );
}

/** A figure stated with a rate relative to another figure (`rateOf`): 完成预算的 x%, 占 x%. */
export function shareRates(doc: DisclosureDocument, figures: StatedFigure[], basePath: (string | number)[], item?: string): Finding[] {
  const out: Finding[] = [];
  figures.forEach((f, i) => {
    if (!f.rateOf || rateValue(f.rate) === undefined || num(f.value) === undefined) return;
    const parent = figures.find((p) => p.id === f.rateOf);
    if (!parent || num(parent.value) === undefined || parent.unit !== f.unit) return;
    const check = checkRatio(f.value, parent.value, f.rate!);
    if (check.status !== 'inconsistent') return;
    const loc: ItemLocation = { document: doc.id, item, sub: f.id, lines: f.source.lines, path: [...basePath, i] };
    const ploc: ItemLocation = { document: doc.id, item, sub: parent.id, lines: parent.source.lines, path: [...basePath, figures.indexOf(parent)] };
    out.push(
      rateFinding('share-rate', loc, 'share', `${f.label} 与 ${parent.label} 之比`, f.rate!, check, [
        { label: `${f.label}（所列比例）`, text: f.rate!, location: loc },
        { label: f.label, text: `${f.value}${f.unit}`, location: loc },
        { label: parent.label, text: `${parent.value}${parent.unit}`, location: ploc },
      ], `${f.label} ÷ ${parent.label}`),
    );
  });
  return out;
}

/**
 * Year-over-year: the previous figure is stated, or follows from current ∓ change. The rate of
 * change is checked against change ÷ previous, with every input's rounding carried through;
 * when both years are stated, the change is checked against their difference too.
 */
export function yearOverYearRates(doc: DisclosureDocument, items: YearOverYear[], basePath: (string | number)[]): Finding[] {
  const out: Finding[] = [];
  items.forEach((y, i) => {
    const rate = rateValue(y.changeRate);
    const change = num(y.change);
    const loc: ItemLocation = { document: doc.id, sub: y.id, lines: y.source.lines, path: [...basePath, i] };
    if (change !== undefined) out.push(...yearOverYearChange(y, loc));
    if (rate === undefined || change === undefined) return;
    const changeI = publishedInterval(y.change!);
    if (changeI.status !== 'known') return;
    let prevInterval;
    let prevComputed: string;
    if (num(y.previous) !== undefined) {
      const p = publishedInterval(y.previous!);
      if (p.status !== 'known') return;
      prevInterval = p.interval;
      prevComputed = num(y.previous)!;
    } else if (num(y.current) !== undefined) {
      const c = publishedInterval(y.current!);
      if (c.status !== 'known') return;
      const down = y.direction === '减少' || y.direction === '下降';
      prevInterval = down ? addIntervals([c.interval, changeI.interval]) : subtractIntervals(c.interval, changeI.interval);
      prevComputed = toDecimalText(down ? toDec(num(y.current)!).plus(toDec(change)) : toDec(num(y.current)!).minus(toDec(change)));
    } else return;
    const derived = percentIntervals(changeI.interval, prevInterval);
    if (derived.status !== 'known' || toDec(prevComputed).isZero()) return;
    const computed = toDecimalText(toDec(change).div(toDec(prevComputed)).times(100));
    const check = checkStated(y.changeRate!.replace(/[%％]/, ''), derived.interval, computed);
    if (check.status !== 'inconsistent') return;
    out.push(
      rateFinding('year-over-year', loc, 'rate', `${y.label} 较上年变动率`, y.changeRate!, check, [
        { label: '变动率（所列）', text: y.changeRate!, location: loc },
        { label: '变动额', text: y.change!, location: loc },
        ...(y.current ? [{ label: '本年数', text: y.current, location: loc }] : []),
        ...(y.previous ? [{ label: '上年数', text: y.previous, location: loc }] : [{ label: '上年数（由本年数与变动额推得）', text: prevComputed, computed: true }]),
      ], '变动额 ÷ 上年数'),
    );
  });
  return out;
}

/** When both years are stated, the change must be their difference (增加: current − previous; 减少: previous − current). */
function yearOverYearChange(y: YearOverYear, loc: ItemLocation): Finding[] {
  if (num(y.current) === undefined || num(y.previous) === undefined || y.direction === '持平') return [];
  const down = y.direction === '减少' || y.direction === '下降';
  const check = down ? checkDifference(y.previous!, y.current!, y.change!) : checkDifference(y.current!, y.previous!, y.change!);
  if (check.status !== 'inconsistent') return [];
  return [
    {
      id: findingId('year-over-year', loc, 'change'),
      rule: 'year-over-year',
      severity: severityOfGap(check.gap, check.stated),
      title: `${y.label}：所列${y.direction} ${y.change}，本年数与上年数之差为 ${check.computed}`,
      detail: `本年 ${y.current}${y.unit}，上年 ${y.previous}${y.unit}，${down ? '上年减本年' : '本年减上年'}为 ${check.computed}${y.unit}；考虑四舍五入应在 ${check.derived.low} 至 ${check.derived.high} 之间，而文件列为${y.direction} ${y.change}${y.unit}。`,
      location: loc,
      figures: [
        { label: '变动额（所列）', text: y.change!, location: loc },
        { label: '本年数', text: y.current!, location: loc },
        { label: '上年数', text: y.previous!, location: loc },
        { label: '两年之差（明账计算）', text: check.computed, computed: true },
      ],
    },
  ];
}
