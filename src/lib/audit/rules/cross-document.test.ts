import { describe, expect, it } from 'vitest';
import {
  departmentEvaluationDoc,
  figure,
  finalAccountsDoc,
  findingsOf,
  funding,
  group,
  indicator,
  line,
  projectEvaluation,
  projectEvaluationsDoc,
  publishedTexts,
  reportDoc,
} from '../../../../test/fixtures/audit/build';

/** 004 p03 as published: 240 cut to 136, spent 94.46, 69.46% scored 10 of 10, total 100. */
const table = (fields: { totalScore?: string; score?: string } = {}) =>
  projectEvaluationsDoc('fx-evals', [
    projectEvaluation('fx-p03', {
      funding: funding([line('total', 'total', { yearStartBudget: '240.00', adjustedBudget: '136.00', executed: '94.46', executionRate: '69.46', weight: '10', score: fields.score ?? '10' })]),
      indicators: [indicator('i01', '参保率', { target: '≥96%', actual: '100.95', weight: '90', score: '90' })],
      totalScore: fields.totalScore ?? '100',
    }),
  ]);

const report = (fields: { totalScore?: string; decisionScore?: string; executionScore?: string; actual?: string; yearStart?: string; budget?: string; rate?: string } = {}) =>
  reportDoc('fx-report', {
    project: 'fx-p03',
    totalScore: fields.totalScore ?? '100',
    totalWeight: '100',
    dimensions: [
      group('g1', '决策', [indicator('i01', '立项依据充分性', { weight: '15', score: fields.decisionScore ?? '15' })], { weight: '15', score: fields.decisionScore ?? '15' }),
      group('g2', '过程', [indicator('i08', '预算执行率', { weight: '85', score: fields.executionScore ?? '85' })], { weight: '85', score: fields.executionScore ?? '85' }),
    ],
    figures: [
      figure('f01', '累计安排资金', fields.budget ?? '136', { topic: 'funding', basis: 'budget' }),
      figure('f03', '年初预算资金', fields.yearStart ?? '240', { topic: 'funding', basis: 'year-start-budget' }),
      figure('f08', '实际资金支出', fields.actual ?? '94.46', { topic: 'funding', basis: 'actual' }),
      figure('f09', '其中：中央财政资金', '94.46', { topic: 'funding', basis: 'actual', parent: 'f08' }),
      figure('f11', '预算执行率', fields.rate ?? '69.46', { topic: 'funding', unit: '%' }),
    ],
  });

const reportFindings = (...docs: Parameters<typeof findingsOf>[0]) => findingsOf(docs, 'report-vs-table');

describe('an evaluation report against its project’s table', () => {
  it('does not report a report that agrees with the table (136 and 136.00 are one figure)', () => {
    expect(reportFindings(table(), report())).toEqual([]);
  });

  it('reports a different total score (004 report 4: 99.89 against 99.84), locating both sides', () => {
    const [finding, ...rest] = reportFindings(table({ totalScore: '99.84' }), report({ totalScore: '99.89', decisionScore: '14.89' }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'report-vs-table:fx-report:report:total-score', severity: 'high' });
    expect(finding!.figures.map((f) => [f.text, f.location?.document, f.location?.path])).toEqual([
      ['99.89', 'fx-report', ['report', 'totalScore']],
      ['99.84', 'fx-evals', ['projects', 0, 'totalScore']],
    ]);
  });

  it('reports a report that deducts for execution while the table gives full marks (004 report 1)', () => {
    const [finding, ...rest] = reportFindings(table(), report({ executionScore: '84', totalScore: '99' }));
    expect(rest.map((f) => f.id)).toEqual(['report-vs-table:fx-report:report:total-score']);
    expect(finding).toMatchObject({ id: 'report-vs-table:fx-report:report:i08:execution', title: expect.stringContaining('扣分，自评表却给满分') });
    expect(finding!.figures.map((f) => [f.text, f.location?.path])).toEqual([
      ['84/85', ['report', 'dimensions', 1, 'children', 0]],
      ['10/10', ['projects', 0, 'funding', 'lines', 0]],
      ['69.46', ['projects', 0, 'funding', 'lines', 0]],
    ]);
  });

  it('reports the reverse too: full marks in the report, a deduction in the table', () => {
    expect(reportFindings(table({ score: '7', totalScore: '97' }), report({ totalScore: '97', executionScore: '85' })).map((f) => f.id)).toEqual(['report-vs-table:fx-report:report:i08:execution']);
  });

  it('reports funding figures that differ from the table: spending, year-start budget, budget and rate', () => {
    const findings = reportFindings(table(), report({ actual: '94.56', yearStart: '250', budget: '146', rate: '69.56' }));
    expect(findings.map((f) => f.id).sort()).toEqual([
      'report-vs-table:fx-report:report:f01:budget',
      'report-vs-table:fx-report:report:f03:year-start-budget',
      'report-vs-table:fx-report:report:f08:actual',
      'report-vs-table:fx-report:report:f11:execution-rate',
    ]);
    expect(publishedTexts(findings.find((f) => f.id.endsWith('f08:actual'))!)).toEqual(['94.56', '94.46']);
  });

  it('says nothing when the evaluated project is not in the data', () => {
    expect(reportFindings(report({ totalScore: '99' }))).toEqual([]);
  });
});

describe('the department-wide 三公 control rate against the accounts text', () => {
  const accounts = (fiscalYear?: number) => {
    const doc = finalAccountsDoc('fx-accounts', {
      figures: [figure('three-public', '“三公”经费支出', '13.45', { topic: 'three-public', basis: 'actual', rate: '100.00%' })],
    });
    return fiscalYear === undefined ? doc : { ...doc, fiscalYear };
  };
  const department = (actual: string) =>
    departmentEvaluationDoc('fx-dept', {
      indicators: [group('g1', '一般性支出情况', [indicator('i01', '“三公”经费控制率', { target: '≤100%', actual, weight: '2', score: '2', explanation: '' })])],
    });

  it('reports 64.04 in the evaluation against “100.00%” in the accounts text, as low (the bases may differ)', () => {
    const [finding, ...rest] = reportFindings(accounts(), department('64.04'));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'report-vs-table:fx-dept:evaluation:i01:three-public', severity: 'low', detail: expect.stringContaining('口径可能不同') });
    expect(publishedTexts(finding!)).toEqual(['64.04', '100.00%']);
  });

  it('does not report the same rate, however printed', () => {
    expect(reportFindings(accounts(), department('100'))).toEqual([]);
  });

  it('compares only with the accounts of the same agency and year', () => {
    expect(reportFindings(accounts(2023), department('64.04'))).toEqual([]);
  });
});
