/**
 * A department-wide self-evaluation (部门整体支出绩效自评表), printed after the project tables
 * in about half the agency-years, as 004 and 003 do: the department's money by source, its
 * main tasks with budget and execution, 8–10 indicators and a total. Its 三公经费控制率 is the
 * rate the final accounts state, so the cross-document check agrees unless a fault says not.
 */
import { Dec, roundHalfUp } from '../../src/lib/decimal';
import type { DocumentOf } from '../../src/schemas/document';
import { type Cents, money, rate, split } from './amounts';
import type { AgencyYear } from './context';
import { DEPARTMENT_INDICATORS } from './indicator-templates';
import { indicatorTable } from './indicators';
import { points, rating } from './projects';
import { at } from './source-text';

const TASKS = ['保障机构正常运转', '医疗保障待遇落实', '医保基金监管', '医药服务管理', '医保信息化建设', '经办服务能力提升'];

export function departmentEvaluation(ctx: AgencyYear, accounts: { threePublicRate: string }, totals: { yearStart: Cents; adjusted: Cents; executed: Cents }): DocumentOf<'department-evaluation'> {
  const { rng, text: t, agency, year, prefix } = ctx;
  t.blank();
  const first = t.line('二、部门整体支出绩效自评表');
  const title = '部门整体支出绩效自评表';
  const start = t.line(title);
  t.line(`(${year} 年度)`);
  t.line('部门（单位）名称', agency.name);
  t.line('年度资金总额（万元）', '年初预算数', '全年预算数', '全年执行数', '执行率', '分值', '得分');
  const execScoreH = Math.min(1000, Number(roundHalfUp(new Dec(rate(totals.executed, totals.adjusted)).times(10), 0)));
  const execScore = points(execScoreH);
  const fl = (id: string, label: string, role: 'total' | 'current-appropriation' | 'other', ys: Cents, a: Cents, b: Cents, parent?: string) => {
    const cells = [money(ys), money(a), money(b), rate(b, a), parent ? '' : '10', parent ? '' : execScore];
    const n = t.line(label, ...cells);
    return { id, source: at(n), label, role, ...(parent ? { parent } : {}), yearStartBudget: cells[0], adjustedBudget: cells[1], executed: cells[2], executionRate: cells[3], ...(parent ? {} : { weight: '10', score: execScore }) };
  };
  const lines = [
    fl('l1', '资金总额', 'total', totals.yearStart, totals.adjusted, totals.executed),
    fl('l2', '财政资金', 'current-appropriation', totals.yearStart, totals.adjusted, totals.executed, 'l1'),
    fl('l3', '其他资金', 'other', 0, 0, 0, 'l1'),
  ];
  t.line('年度主要任务', '任务名称', '主要内容', '预算数（万元）', '执行数（万元）', '执行率');
  const names = rng.sample(TASKS, rng.int(3, TASKS.length));
  const budgets = split(rng, totals.adjusted, names.length);
  // Tasks add up to the 资金总额 line (tasksTotalLine), budget and execution alike.
  const spent = split(rng, totals.executed, names.length, budgets);
  const tasks = names.map((name, i) => {
    const budget = budgets[i]!;
    const executed = spent[i]!;
    const content = `围绕${name}开展相关工作。`;
    const n = t.line('', name, content, money(budget), money(executed), `${rate(executed, budget)}%`);
    return { id: `t${i + 1}`, source: at(n), name, content, budget: money(budget), executed: money(executed), executionRate: `${rate(executed, budget)}%` };
  });
  const goal = `目标 1：贯彻落实医疗保障政策；目标 2：加强医保基金监督管理；目标 3：提升医疗保障经办服务水平。`;
  const outcome = '完成部门整体目标，依法履行职责，保障经办机构运转。';
  t.line('年度总体目标', goal);
  t.line('实际完成情况', outcome);
  t.line('绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '指标分值', '自评得分', '偏差原因分析及改进措施');
  const table = indicatorTable(ctx, DEPARTMENT_INDICATORS, rng.int(8, DEPARTMENT_INDICATORS.length), {
    points: 90,
    missRate: 0.04,
    forms: { '“三公”经费控制率': { target: '≤100%', met: accounts.threePublicRate } },
  });
  const totalH = table.scoreTenths * 10 + execScoreH;
  const total = points(totalH);
  const r = rating(totalH / 100);
  const end = t.line('总分', '100', total, r);
  return {
    id: `${prefix}-department-evaluation`,
    kind: 'department-evaluation',
    agency: agency.slug,
    fiscalYear: year,
    title: `${title}（${year} 年度）`,
    published: { notStated: true, collectedOn: ctx.collectedOn },
    archive: ctx.archive,
    source: { lines: [first, end] },
    partOf: ctx.archive,
    evaluation: {
      id: 'evaluation', source: at(start, end), title, department: agency.name,
      funding: { unit: '万元', lines }, unit: '万元', tasks, tasksTotalLine: 'l1', goal, outcome,
      indicators: table.tree, totalWeight: '100', totalScore: total, rating: r,
    },
  };
}

