import { describe, expect, it } from 'vitest';
import { executionExample, executionScoreExamples, indicatorExamples, roundingExamples } from './findings-methodology';

describe('the worked examples of the methodology page', () => {
  it('call the two rounding cases of domain.md consistent and 001’s carry-over parts inconsistent', () => {
    expect(roundingExamples().map((e) => e.consistent)).toEqual([true, true, false]);
    expect(roundingExamples().map((e) => e.computed)).toEqual(['712.77', '4,454.57%', '8.53']);
  });

  it('give 004’s cut budget 69.46% of A and 39.36% of the year-start budget', () => {
    expect(executionExample()).toEqual({ rateOfAdjusted: '69.46%', rateOfYearStart: '39.36%', unspent: '41.54' });
  });

  it('flag 69.46% and 64.42% scored 10 of 10 and 99.63% scored 7 of 10', () => {
    expect(executionScoreExamples().map((e) => [e.expected, e.verdict.startsWith('相称')])).toEqual([
      ['6.95', false],
      ['6.44', false],
      ['9.96', false],
    ]);
  });

  it('read the indicator examples as the evaluator does', () => {
    expect(indicatorExamples().map((e) => e.status)).toEqual(['已达成', '已达成', '无法判断', '无法判断', '已达成', '未达成', '已达成', '无法判断']);
  });
});
