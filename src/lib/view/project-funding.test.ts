import { describe, expect, it } from 'vitest';
import type { Funding } from '../../schemas/funding';
import { annualLine, fundingView, topLine } from './project-funding';

const src = (a: number) => ({ lines: [a, a] as [number, number] });
const cut: Funding = {
  unit: '万元',
  lines: [
    { id: 'total', label: '年度资金总额', role: 'total', yearStartBudget: '240.00', adjustedBudget: '136.00', executed: '94.46', executionRate: '69.46', weight: '10', score: '10', source: src(711) },
    { id: 'current', label: '其中：当年财政拨款', role: 'current-appropriation', parent: 'total', yearStartBudget: '240.00', adjustedBudget: '136.00', executed: '94.46', executionRate: '69.46', weight: '—', score: '', source: src(712) },
  ],
};

describe('fundingView', () => {
  const v = fundingView(cut, { archive: 'arch' });

  it('keeps every published cell and shows only the columns the layout has', () => {
    expect(v.columns.map((c) => c.header)).toEqual(['年初预算数', '全年预算数（A）', '全年执行数（B）', '执行率（公布）', '分值', '得分']);
    expect(v.lines[0]!.cells.executionRate).toEqual({ text: '69.46', kind: 'number' });
    expect(v.lines[1]!.cells.weight).toEqual({ text: '—', kind: 'empty' });
  });

  it('computes B/A, B against the year-start budget and A − B for every line', () => {
    expect(v.lines[0]!.execution).toMatchObject({
      rateOfAdjusted: { known: true, text: '69.46%' },
      rateOfYearStart: { known: true, text: '39.36%' },
      unspent: { known: true, text: '41.54 万元' },
    });
    expect(v.hasExecution).toBe(true);
    expect(v.hasYearStart).toBe(true);
  });

  it('indents parts under their line and anchors every line', () => {
    expect(v.lines.map((l) => l.depth)).toEqual([0, 1]);
    expect(v.lines[1]!.anchor).toBe('funding--current');
    expect(v.top?.id).toBe('total');
  });

  it('keeps money outside A apart (000: 8603.01 上年结转资金)', () => {
    const tp: Funding = {
      unit: '万元',
      lines: [{ id: 'total', label: '年度资金总额：', role: 'total', adjustedBudget: '9941', executed: '3078.09', executionRate: '30.96%', source: src(183) }],
      outsideBudget: [{ id: 'carry', label: '上年结转资金', amount: '8603.01', quote: '8603.01（上年结转资金）', source: src(201) }],
    };
    const view = fundingView(tp, { archive: 'a' });
    expect(view.outsideBudget).toHaveLength(1);
    expect(view.outsideBudget[0]!.amount.text).toBe('8603.01');
    expect(view.lines[0]!.execution!.unspent.text).toBe('6,862.91 万元');
    expect(view.hasYearStart).toBe(false);
  });
});

describe('topLine and annualLine', () => {
  it('takes 年度资金总额 inside a multi-year 项目总额 as the year’s money', () => {
    const f: Funding = {
      unit: '万元',
      lines: [
        { id: 'total', label: '项目总额', role: 'total', amount: '65000', source: src(1) },
        { id: 'annual', label: '其中：年度资金总额', role: 'annual-total', parent: 'total', amount: '55646', source: src(1) },
      ],
    };
    expect(topLine(f)?.id).toBe('total');
    expect(annualLine(f)?.id).toBe('annual');
  });
});
