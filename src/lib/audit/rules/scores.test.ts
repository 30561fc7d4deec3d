import { describe, expect, it } from 'vitest';
import {
  findingsOf,
  funding,
  group,
  indicator,
  line,
  projectEvaluation,
  projectEvaluationsDoc,
  publishedTexts,
  reportDoc,
  type FundingLineInput,
  type IndicatorNodeInput,
} from '../../../../test/fixtures/audit/build';

const executionLine = (rate: { adjustedBudget?: string; executed?: string; executionRate?: string }, weight = '10', score = '10'): FundingLineInput =>
  line('total', 'total', { adjustedBudget: '100.00', executed: '100.00', executionRate: '100.00', weight, score, ...rate });

const evaluation = (indicators: IndicatorNodeInput[], fields: { totalScore?: string; totalWeight?: string; executionScoreInTotal?: boolean; execution?: FundingLineInput } = {}) =>
  projectEvaluationsDoc('fx-evals', [
    projectEvaluation('fx-p01', {
      funding: funding([fields.execution ?? executionLine({})]),
      indicators,
      totalScore: fields.totalScore,
      totalWeight: fields.totalWeight,
      executionScoreInTotal: fields.executionScoreInTotal ?? true,
    }),
  ]);

const outputs = (score2: string) => [
  group('g1', '产出指标', [indicator('i01', '参保人数', { weight: '50', score: '50' }), indicator('i02', '覆盖率', { weight: '40', score: score2 })], { weight: '90', score: '90' }),
];

describe('score totals', () => {
  it('does not report indicator scores and the execution score that add up to the stated total', () => {
    expect(findingsOf([evaluation(outputs('40'), { totalScore: '100', totalWeight: '100' })])).toEqual([]);
  });

  it('reports a stated total the scores do not add up to (99.84 against 100), with every part located', () => {
    const [finding, ...rest] = findingsOf([evaluation(outputs('40'), { totalScore: '99.84' })], 'score-total');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'score-total:fx-evals:fx-p01:total-score', severity: 'high' });
    expect(finding!.figures.map((f) => [f.text, f.location?.path])).toEqual([
      ['99.84', ['projects', 0, 'totalScore']],
      ['90', ['projects', 0, 'indicators', 0]],
      ['10', ['projects', 0, 'funding', 'lines', 0]],
      ['100', undefined],
    ]);
  });

  it('leaves the execution score out of the total when the layout scores it apart (000: indicators alone make 92.8)', () => {
    const doc = evaluation([indicator('i01', 'a', { weight: '60', score: '55' }), indicator('i02', 'b', { weight: '40', score: '37.8' })], {
      totalScore: '92.8',
      totalWeight: '100',
      executionScoreInTotal: false,
      execution: executionLine({ adjustedBudget: '462.45', executed: '409.83', executionRate: '88.62%' }, '100', '89'),
    });
    expect(findingsOf([doc])).toEqual([]);
  });

  it('reports a group whose children do not add up to its score or weight', () => {
    const findings = findingsOf([evaluation(outputs('30'))], 'score-total');
    expect(findings.map((f) => f.id)).toEqual(['score-total:fx-evals:fx-p01:g1:score']);
    expect(publishedTexts(findings[0]!)).toEqual(['90', '50', '30']);
    expect(findings[0]!.figures[2]!.location).toMatchObject({ sub: 'i02', path: ['projects', 0, 'indicators', 0, 'children', 1] });
  });

  it('checks a group weighted over unweighted sub-groups against its leaves (003: 产出指标 50 over 数量指标, 质量指标)', () => {
    const tree = (weight: string) => [
      group('g1', '产出指标', [group('g1-1', '数量指标', [indicator('i01', 'a', { weight: '30', score: '30' })]), group('g1-2', '质量指标', [indicator('i02', 'b', { weight, score: '18' }), indicator('i03', '无', { target: '/', actual: '/' })])], {
        weight: '50',
      }),
    ];
    expect(findingsOf([evaluation(tree('20'))])).toEqual([]);
    expect(findingsOf([evaluation(tree('22'))], 'score-total').map((f) => f.id)).toEqual(['score-total:fx-evals:fx-p01:g1:weight']);
  });

  it('checks a report’s dimensions and total the same way', () => {
    const report = (score: string) =>
      reportDoc('fx-report', {
        project: 'fx-p01',
        totalScore: '99',
        totalWeight: '100',
        dimensions: [group('g1', '决策', [indicator('i01', '立项', { weight: '15', score: '15' })], { weight: '15', score: '15' }), group('g2', '过程', [indicator('i08', '预算执行率', { weight: '85', score })], { weight: '85', score: '84' })],
      });
    expect(findingsOf([report('84')])).toEqual([]);
    expect(findingsOf([report('83')]).map((f) => f.id)).toEqual(['score-total:fx-report:report:g2:score']);
  });
});

describe('scores above their weight', () => {
  it('reports an execution score of 100 against a weight of 10 (003), and no execution-score finding beside it', () => {
    const doc = evaluation([], { execution: executionLine({ adjustedBudget: '15', executed: '15', executionRate: '100%' }, '10', '100') });
    const findings = findingsOf([doc]);
    expect(findings.map((f) => f.id)).toEqual(['score-above-weight:fx-evals:fx-p01:total']);
    expect(publishedTexts(findings[0]!)).toEqual(['10', '100']);
  });

  it('reports an indicator or a group scored above its weight', () => {
    const doc = evaluation([group('g1', '产出指标', [indicator('i01', 'a', { weight: '5', score: '6' })], { weight: '5', score: '6' })]);
    expect(findingsOf([doc], 'score-above-weight').map((f) => f.location.sub)).toEqual(['g1', 'i01']);
  });
});

describe('execution scores against the rate', () => {
  const scored = (executed: string, adjustedBudget: string, executionRate: string, score: string) => evaluation([], { execution: executionLine({ adjustedBudget, executed, executionRate }, '10', score) });

  it('reports 69.46% scored 10 of 10 as a high finding (004 p03)', () => {
    const [finding, ...rest] = findingsOf([scored('94.46', '136.00', '69.46', '10')], 'execution-score');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'execution-score:fx-evals:fx-p01:total', severity: 'high' });
    expect(finding!.figures.map((f) => f.text)).toEqual(['69.46%', '10', '10', '6.95']);
  });

  it('does not report 95.12% scored 10 of 10: 9.51 points rounds to 10 within the half-point tolerance', () => {
    expect(findingsOf([scored('46172.13', '48539.00', '95.12', '10')])).toEqual([]);
  });

  it('reports 99.63% scored only 7 of 10 as a low finding (004 p17)', () => {
    expect(findingsOf([scored('89.67', '90.00', '99.63', '7')], 'execution-score')).toMatchObject([{ severity: 'low', title: expect.stringContaining('只得 7/10') }]);
  });

  it('caps a rate above 100% at full marks', () => {
    expect(findingsOf([scored('871.93', '712.76', '122.33%', '10')])).toEqual([]);
  });

  it('uses the stated rate when B/A cannot be computed', () => {
    const doc = evaluation([], { execution: line('total', 'total', { adjustedBudget: '', executed: '', executionRate: '60%', weight: '10', score: '10' }) });
    expect(findingsOf([doc], 'execution-score')).toMatchObject([{ figures: [{ text: '60%' }, {}, {}, {}] }]);
  });
});
