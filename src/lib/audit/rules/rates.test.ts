import { describe, expect, it } from 'vitest';
import {
  departmentEvaluationDoc,
  figure,
  finalAccountsDoc,
  findingsOf,
  funding,
  line,
  projectEvaluation,
  projectEvaluationsDoc,
  publishedTexts,
  task,
  transferPayment,
  transferPaymentsDoc,
  yearOverYear,
} from '../../../../test/fixtures/audit/build';

describe('stated execution rates (执行率 against B/A)', () => {
  const transfer = (rate: string) =>
    transferPaymentsDoc('fx-transfers', [
      transferPayment('fx-tp2', {
        funding: funding([
          line('total', 'total', { adjustedBudget: '9941', executed: '3078.09', executionRate: rate }),
          line('central', 'central', { parent: 'total', adjustedBudget: '9941', executed: '3078.09', executionRate: rate }),
        ]),
      }),
    ]);

  it('finds 3078.09 / 9941 consistent with a stated 30.96%', () => {
    expect(findingsOf([transfer('30.96%')])).toEqual([]);
  });

  it('reports a rate that B/A cannot round to, on every line that states it', () => {
    const findings = findingsOf([transfer('31.96%')], 'stated-rate');
    expect(findings.map((f) => f.id).sort()).toEqual(['stated-rate:fx-transfers:fx-tp2:central:execution', 'stated-rate:fx-transfers:fx-tp2:total:execution']);
    expect(publishedTexts(findings[0]!)).toEqual(['31.96%', '3078.09', '9941']);
    expect(findings[0]!.figures.at(-1)).toMatchObject({ computed: true, text: '30.96%' });
  });

  it('reads rates printed bare or with a full-width sign', () => {
    const doc = projectEvaluationsDoc('fx-evals', [
      projectEvaluation('fx-p01', {
        funding: funding([line('total', 'total', { adjustedBudget: '136.00', executed: '94.46', executionRate: '69.46' }), line('t1', 'total', { parent: 'total', adjustedBudget: '136.00', executed: '94.46', executionRate: '69.46％' })]),
      }),
    ]);
    expect(findingsOf([doc])).toEqual([]);
  });

  it('has nothing to compare a rate with when the budget is zero', () => {
    const doc = projectEvaluationsDoc('fx-evals', [projectEvaluation('fx-p01', { funding: funding([line('other', 'other', { adjustedBudget: '0.00', executed: '0.00', executionRate: '5.00' })]) })]);
    expect(findingsOf([doc])).toEqual([]);
  });

  it('checks a department task’s rate against its 执行数 ÷ 预算数', () => {
    const doc = (rate: string) => departmentEvaluationDoc('fx-dept', { tasks: [task('t1', '任务 1', { budget: '99.18', executed: '95.00', executionRate: rate })] });
    expect(findingsOf([doc('95.79%')])).toEqual([]);
    expect(findingsOf([doc('100％')]).map((f) => f.id)).toEqual(['stated-rate:fx-dept:evaluation:t1:task-execution']);
  });
});

describe('shares stated in text (占 x%)', () => {
  const accounts = (rateOf: string) =>
    finalAccountsDoc('fx-accounts', {
      figures: [
        figure('expenditure-total', '本年支出合计', '871.93'),
        figure('expenditure-project', '项目支出', '157.49', { parent: 'expenditure-total', basis: 'share', rate: '18.06%', rateOf: 'expenditure-total' }),
        figure('perf-transfer-amount', '中央补助资金 涉及预算资金', '15', { topic: 'performance', basis: 'share', rate: '1.72%', rateOf }),
      ],
    });

  it('reports a share its figures do not give (003: 15 is 9.52% of 157.49, not 1.72%)', () => {
    const [finding, ...rest] = findingsOf([accounts('expenditure-project')], 'share-rate');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'share-rate:fx-accounts:perf-transfer-amount:share', severity: 'high' });
    expect(publishedTexts(finding!)).toEqual(['1.72%', '15万元', '157.49万元']);
    expect(finding!.title).toContain('9.52%');
  });

  it('does not report the same share of the figure it does match (15 of 871.93 is 1.72%)', () => {
    expect(findingsOf([accounts('expenditure-total')])).toEqual([]);
  });

  it('does not compare figures in different units', () => {
    const doc = finalAccountsDoc('fx-accounts', {
      figures: [figure('guests', '来宾', '86', { unit: '人次' }), figure('batches', '团组', '15', { unit: '个', rate: '50%', rateOf: 'guests' })],
    });
    expect(findingsOf([doc])).toEqual([]);
  });
});

describe('year-over-year changes', () => {
  const accounts = (...items: ReturnType<typeof yearOverYear>[]) => finalAccountsDoc('fx-accounts', { yearOverYear: items });

  it('finds 146.11 增长 4451.22% consistent with a current 149.39 (previous 3.28 at two decimals)', () => {
    expect(findingsOf([accounts(yearOverYear('yoy-2080501', '行政单位离退休', { current: '149.39', change: '146.11', direction: '增加', changeRate: '4451.22%' }))])).toEqual([]);
  });

  it('reports a rate of change the figures cannot give', () => {
    const [finding] = findingsOf([accounts(yearOverYear('yoy-2080501', '行政单位离退休', { current: '149.39', change: '146.11', direction: '增加', changeRate: '4400.00%' }))], 'year-over-year');
    expect(finding).toMatchObject({ id: 'year-over-year:fx-accounts:yoy-2080501:rate' });
    expect(finding!.figures.map((f) => f.text)).toEqual(['4400.00%', '146.11', '149.39', '3.28', '4454.57%']);
  });

  it('derives a decrease’s previous figure as current + change (7,472.98 减少 880.24, 10.54%)', () => {
    expect(findingsOf([accounts(yearOverYear('yoy-total', '收入总计', { current: '7,472.98', change: '880.24', direction: '减少', changeRate: '10.54%' }))])).toEqual([]);
    expect(findingsOf([accounts(yearOverYear('yoy-total', '收入总计', { current: '7,472.98', change: '880.24', direction: '增加', changeRate: '10.54%' }))])).toHaveLength(1);
  });

  it('uses a stated previous figure, and checks the change against the two years', () => {
    const consistent = yearOverYear('yoy-x', 'x', { current: '149.39', previous: '3.28', change: '146.11', direction: '增长', changeRate: '4454.57%' });
    expect(findingsOf([accounts(consistent)])).toEqual([]);
    const wrongChange = { ...consistent, change: '146.21', changeRate: '4457.62%' };
    expect(findingsOf([accounts(wrongChange)]).map((f) => f.id)).toEqual(['year-over-year:fx-accounts:yoy-x:change']);
  });

  it('does nothing without a change, or with 持平', () => {
    expect(findingsOf([accounts(yearOverYear('yoy-a', 'a', { current: '0.36', direction: '持平' }), yearOverYear('yoy-b', 'b', { current: '2.34', direction: '减少' }))])).toEqual([]);
  });
});
