/**
 * Project self-evaluations (项目支出绩效自评表), 10–25 per agency-year, printed after the final
 * accounts as 004 prints them: funding (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分) with
 * 其中 lines, goal and outcome, 10–30 indicators, 总分 and 自评等级. The execution rate is
 * printed with two decimals, half-up; some projects are under-executed.
 */
import { Dec, roundHalfUp } from '../../src/lib/decimal';
import type { DocumentOf } from '../../src/schemas/document';
import type { FundingLine } from '../../src/schemas/funding';
import type { ProjectEvaluation } from '../../src/schemas/project';
import { type Cents, money, rate, wan } from './amounts';
import { type AgencyYear, inject } from './context';
import { PROJECT_INDICATORS } from './indicator-templates';
import { indicatorTable } from './indicators';
import { GOALS, OUTCOMES, PROJECT_NAMES } from './project-names';
import { at } from './source-text';

const LEVEL_SCALE = { national: 40, province: 8, city: 3, county: 1 } as const;

/** Points in hundredths as the sources print them: `10`, `9.95`, `96.96`. */
export const points = (h: number) => (h % 100 === 0 ? String(h / 100) : (h / 100).toFixed(2));

export function rating(total: number): string {
  return total >= 90 ? '优' : total >= 80 ? '良' : total >= 60 ? '中' : '差';
}

/** How much of A a project spends: most all of it, some a little less, a share far less. */
function executionShare(ctx: AgencyYear): number {
  const r = ctx.rng;
  return r.weighted<() => number>([
    [() => 1, 60],
    [() => 0.95 + r.next() * 0.05, 20],
    [() => 0.7 + r.next() * 0.25, 12],
    [() => 0.25 + r.next() * 0.45, 8],
  ])();
}

export function projectEvaluations(ctx: AgencyYear): { doc: DocumentOf<'project-evaluations'>; adjusted: Cents; executed: Cents; yearStart: Cents } {
  const { rng, text: t, agency, year, prefix } = ctx;
  const count = rng.int(10, 25);
  const names = rng.sample(PROJECT_NAMES, Math.min(count, PROJECT_NAMES.length));
  while (names.length < count) names.push({ ...rng.pick(PROJECT_NAMES), name: `${year} 年${rng.pick(PROJECT_NAMES).name}` });
  t.blank();
  const first = t.line('第五部分 附件');
  t.line('一、《项目支出绩效自评表》');
  let adjustedSum = 0;
  let executedSum = 0;
  let yearStartSum = 0;
  const projects: ProjectEvaluation[] = names.map((pn, i) => {
    const id = `${prefix}-p${String(i + 1).padStart(2, '0')}`;
    const A = wan(rng.logInt(pn.size[0] * LEVEL_SCALE[agency.level], pn.size[1] * LEVEL_SCALE[agency.level]) + rng.int(0, 99) / 100);
    // Most budgets are not changed in the year; some a little; a few cut or raised by a fifth or more (004: 240 → 136).
    const yearStart = rng.weighted<() => Cents>([[() => A, 75], [() => Math.round(A * (0.9 + rng.next() * 0.2)), 18], [() => Math.round(A * (1.25 + rng.next() * 0.6)), 4], [() => Math.round(A * (0.55 + rng.next() * 0.25)), 3]])();
    const B = Math.round(A * executionShare(ctx));
    const carry = rng.chance(0.2) ? Math.round(A * rng.next() * 0.3) : 0;
    adjustedSum += A;
    executedSum += B;
    yearStartSum += yearStart;
    const published = rate(B, A);
    let printedRate = published;
    if (inject(ctx, 'stated-execution-rate', 0.015)) printedRate = Dec.max(0, new Dec(published).minus(rng.int(3, 15))).toFixed(2);
    // 10 points × rate, in hundredths of a point (99.63% → 996 → "9.96"), never above the weight.
    let scoreH = Math.min(1000, Number(roundHalfUp(new Dec(published).times(10), 0)));
    if (new Dec(published).lt(90) && inject(ctx, 'execution-score', 0.3)) scoreH = 1000;

    const start = t.line('项目支出绩效自评表');
    t.line(`(${year} 年度)`);
    t.line('项目名称', '', '', pn.name);
    const unit = rng.chance(0.8) ? agency.name : `${agency.name.replace(/局$/, '')}事务中心`;
    t.line('主管部门', '', '', agency.name, '', '实施单位', '', unit);
    t.line('项目资金(万元)', '', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分');
    const line = (id: string, label: string, role: FundingLine['role'], ys: Cents, a: Cents, b: Cents, top: boolean, parent?: string): FundingLine => {
      const r = top ? printedRate : rate(b, a);
      const cells = [money(ys), money(a), money(b), top ? '10' : '—', r, top ? points(scoreH) : ''];
      return { id, source: at(t.line('', label, '', ...cells)), label, role, ...(parent ? { parent } : {}), yearStartBudget: cells[0], adjustedBudget: cells[1], executed: cells[2], weight: cells[3], executionRate: r, score: cells[5] };
    };
    const lines = [line('total', '年度资金总额', 'total', yearStart, A, B, true)];
    let appropriation = A - carry;
    if (inject(ctx, 'funding-parts', 0.01)) appropriation += rng.int(100, 5_000) * (rng.chance(0.5) ? 1 : -1);
    const ysCarry = Math.min(carry, yearStart);
    lines.push(line('current-appropriation', '其中：当年财政拨款', 'current-appropriation', yearStart - ysCarry, appropriation, B - Math.min(carry, B), false, 'total'));
    if (carry > 0) lines.push(line('prior-year-carry-over', '上年结转资金', 'prior-year-carry-over', ysCarry, carry, Math.min(carry, B), false, 'total'));
    lines.push(line('other', '其他资金', 'other', 0, 0, 0, false, 'total'));
    const goal = rng.pick(GOALS);
    const outcome = rng.pick(OUTCOMES);
    t.line('年度总体目标', '预期目标', '', '', '', '实际完成情况');
    t.line('', goal, '', '', '', outcome);
    t.line('绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '指标分值', '自评得分', '偏差原因分析及改进措施');
    const table = indicatorTable(ctx, PROJECT_INDICATORS, 10 + Math.floor(rng.next() * rng.next() * 21), { points: 90, missRate: 0.07 });
    let totalH = table.scoreTenths * 10 + scoreH;
    if (inject(ctx, 'score-total', 0.02)) totalH += rng.int(1, 3) * 100;
    const total = points(totalH);
    t.line('', '总分', '', '', '100', '', '', total);
    const r = rating(totalH / 100);
    const end = t.line('', '自评等级', r);
    return {
      id, source: at(start, end), name: pn.name, supervisingDepartment: agency.name, implementingUnit: unit,
      ...(pn.program ? { program: pn.program } : {}),
      funding: { unit: '万元', lines }, goal, outcome, indicators: table.tree, totalWeight: '100', totalScore: total, rating: r, executionScoreInTotal: true,
    };
  });
  const doc: DocumentOf<'project-evaluations'> = {
    id: `${prefix}-project-evaluations`,
    kind: 'project-evaluations',
    agency: agency.slug,
    fiscalYear: year,
    title: `项目支出绩效自评表（${year} 年度）`,
    published: { notStated: true, collectedOn: ctx.collectedOn },
    archive: ctx.archive,
    source: { lines: [first, t.lineCount] },
    partOf: ctx.archive,
    projects,
  };
  return { doc, adjusted: adjustedSum, executed: executedSum, yearStart: yearStartSum };
}
