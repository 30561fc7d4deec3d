import { describe, expect, it } from 'vitest';
import type { Funding } from '../schemas/funding';
import { blockExecution, executionFigures } from './funding-execution';

describe('executionFigures', () => {
  it('gives 000 医疗服务与保障能力提升补助资金 30.96% and 6862.91 unspent', () => {
    const figures = executionFigures({ adjustedBudget: '9941', executed: '3078.09' });
    expect(figures.rateOfAdjustedBudget).toEqual({ status: 'known', value: '30.96', exact: expect.stringMatching(/^30\.963585152399155/) });
    expect(figures.unspent).toEqual({ status: 'known', value: '6862.91', exact: '6862.91' });
  });

  it('shows a cut budget: 004 spent 94.46 of 136 (69.46%) but of a year-start 240 only 39.36%', () => {
    const figures = executionFigures({ yearStartBudget: '240', adjustedBudget: '136', executed: '94.46' });
    expect(figures.rateOfAdjustedBudget).toMatchObject({ status: 'known', value: '69.46' });
    expect(figures.rateOfYearStartBudget).toMatchObject({ status: 'known', value: '39.36' });
    expect(figures.unspent).toMatchObject({ status: 'known', value: '41.54' });
  });

  it('allows rates above 100% (003 spent 871.93 against a year-start 712.76)', () => {
    const figures = executionFigures({ yearStartBudget: '712.76', adjustedBudget: '871.93', executed: '871.93' });
    expect(figures.rateOfYearStartBudget).toMatchObject({ value: '122.33' });
    expect(figures.rateOfAdjustedBudget).toMatchObject({ value: '100.00' });
    expect(figures.unspent).toMatchObject({ value: '0.00' });
  });

  it('prints unspent at the finer precision of A and B, negative when B exceeds A', () => {
    expect(executionFigures({ adjustedBudget: '10', executed: '12.5' }).unspent).toMatchObject({ value: '-2.5' });
  });

  it('says "unknown" with a reason when A is zero, never NaN or Infinity', () => {
    const figures = executionFigures({ yearStartBudget: '0', adjustedBudget: '0', executed: '15' });
    expect(figures.rateOfAdjustedBudget).toEqual({ status: 'unknown', reason: '全年预算数为 0，无法计算执行率' });
    expect(figures.rateOfYearStartBudget).toEqual({ status: 'unknown', reason: '年初预算数为 0，无法计算执行率' });
    expect(figures.unspent).toMatchObject({ status: 'known', value: '-15' });
  });

  it('names the empty mark or the missing column in the reason', () => {
    expect(executionFigures({ adjustedBudget: '—', executed: '1' }).rateOfAdjustedBudget).toEqual({
      status: 'unknown',
      reason: '全年预算数未填数（“—”）',
    });
    expect(executionFigures({ adjustedBudget: '', executed: '1' }).unspent).toEqual({ status: 'unknown', reason: '全年预算数空白' });
    expect(executionFigures({ adjustedBudget: '5' }).rateOfAdjustedBudget).toEqual({ status: 'unknown', reason: '本表未列全年执行数' });
    expect(executionFigures({ adjustedBudget: '5', executed: '1' }).rateOfYearStartBudget).toEqual({
      status: 'unknown',
      reason: '本表未列年初预算数',
    });
  });

  it('refuses a negative base', () => {
    expect(executionFigures({ adjustedBudget: '-3.5', executed: '1' }).rateOfAdjustedBudget).toMatchObject({ status: 'unknown' });
  });

  it('returns only plain serialisable data', () => {
    const figures = executionFigures({ yearStartBudget: '240', adjustedBudget: '136', executed: '94.46' });
    expect(JSON.parse(JSON.stringify(figures))).toEqual(figures);
  });
});

describe('blockExecution', () => {
  const funding: Funding = {
    unit: '万元',
    lines: [
      { id: 'total', label: '年度资金总额', role: 'total', adjustedBudget: '9941', executed: '3078.09', executionRate: '30.96%', source: { lines: [1, 1] } },
      { id: 'other', label: '其他资金', role: 'other', parent: 'total', adjustedBudget: '0', executed: '0', source: { lines: [2, 2] } },
    ],
    outsideBudget: [{ id: 'carry', label: '上年结转资金', amount: '8603.01', source: { lines: [3, 3] } }],
  };

  it('keeps the carry-over apart: it changes neither the rate nor the unspent amount', () => {
    const block = blockExecution(funding);
    expect(block.lines[0]?.figures.rateOfAdjustedBudget).toMatchObject({ value: '30.96' });
    expect(block.lines[0]?.figures.unspent).toMatchObject({ value: '6862.91' });
    expect(block.outsideBudget).toEqual([{ id: 'carry', label: '上年结转资金', amount: '8603.01', text: '8603.01' }]);
  });

  it('gives every line its figures in published order', () => {
    const block = blockExecution(funding);
    expect(block.lines.map((l) => l.id)).toEqual(['total', 'other']);
    expect(block.lines[1]?.figures.rateOfAdjustedBudget).toMatchObject({ status: 'unknown' });
  });
});
