import { describe, expect, it } from 'vitest';
import { findingsOf, funding, group, indicator, line, projectEvaluation, projectEvaluationsDoc, projectTarget, projectTargetsDoc, transferPayment, transferPaymentsDoc, type IndicatorNodeInput } from '../../../../test/fixtures/audit/build';

const evaluation = (...indicators: IndicatorNodeInput[]) =>
  projectEvaluationsDoc('fx-evals', [projectEvaluation('fx-p01', { funding: funding([line('total', 'total')]), indicators: [group('g1', '产出指标', [group('g1-1', '数量指标', indicators)])] })]);

describe('indicators whose target was missed', () => {
  it('reports a full score for a missed target (≥35次, actual 30次, 2 of 2)', () => {
    const [finding, ...rest] = findingsOf([evaluation(indicator('i08', '医保业务宣传次数', { target: '≥35次', actual: '30次', weight: '2', score: '2', explanation: '部分项目有结转' }))]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'full-score-missed:fx-evals:fx-p01:i08', severity: 'high' });
    expect(finding!.figures.map((f) => f.text)).toEqual(['≥35次', '30次', '2', '2']);
  });

  it('does not report a missed target that lost points and says why', () => {
    expect(findingsOf([evaluation(indicator('i08', '医保业务宣传次数', { target: '≥35次', actual: '30次', weight: '2', score: '1.5', explanation: '部分项目有结转' }))])).toEqual([]);
  });

  it('does not judge an actual that is itself a range (≥35次 against ≥30次 is unknown, not missed)', () => {
    expect(findingsOf([evaluation(indicator('i08', '医保业务宣传次数', { target: '≥35次', actual: '≥30次', weight: '2', score: '2', explanation: '' }))])).toEqual([]);
  });

  it('reports a missed target whose explanation column is left empty (000 网采率, a layout without scores)', () => {
    const doc = transferPaymentsDoc('fx-transfers', [
      transferPayment('fx-tp2', {
        funding: funding([line('total', 'total')]),
        indicators: [
          group('g1', '产出指标', [
            group('g1-2', '质量指标', [
              indicator('i09', '提升公立医疗机构平台采购药品耗材比例', { target: '药品网采率≥85%，高值医用耗材网采率≥75%', actual: '药品网采率为80.52%，高值医用耗材网采率为63.11%。', explanation: '' }),
            ]),
          ]),
        ],
      }),
    ]);
    expect(findingsOf([doc])).toMatchObject([{ id: 'missed-no-explanation:fx-transfers:fx-tp2:i09', severity: 'medium' }]);
  });

  it('does not ask for an explanation where the layout has no such column, or for a met target', () => {
    expect(findingsOf([evaluation(indicator('i01', 'a', { target: '≥35次', actual: '30次', weight: '2', score: '1' }), indicator('i02', 'b', { target: '≥35次', actual: '40次', weight: '2', score: '2', explanation: '' }))])).toEqual([]);
  });

  it('never evaluates a placeholder row', () => {
    expect(findingsOf([evaluation(indicator('i01', '0', { target: '0', actual: '5', weight: '2', score: '2', explanation: '', placeholder: true }))])).toEqual([]);
  });
});

describe('source typos', () => {
  it('flags a ≠ target as a typo in the source, in evaluations and in targets alike', () => {
    const typo = indicator('i06', '虚报参保人数', { target: '≠0 人', actual: '0', weight: '2', score: '2', explanation: '' });
    expect(findingsOf([evaluation(typo)])).toMatchObject([{ id: 'source-typo:fx-evals:fx-p01:i06:not-equal', severity: 'low', figures: [{ text: '≠0 人' }] }]);
    const targets = projectTargetsDoc('fx-targets', [projectTarget('fx-p01', { funding: funding([line('total', 'total', { amount: '10' })]), indicators: [{ ...typo, actual: undefined }] })]);
    expect(findingsOf([targets]).map((f) => f.rule)).toEqual(['source-typo']);
  });

  it('does not evaluate targets published before the year', () => {
    const targets = projectTargetsDoc('fx-targets', [projectTarget('fx-p01', { funding: funding([line('total', 'total', { amount: '10' })]), indicators: [indicator('i01', 'a', { target: '≥35次', actual: '30次', weight: '2', score: '2', explanation: '' })] })]);
    expect(findingsOf([targets])).toEqual([]);
  });
});
