import { describe, expect, it } from 'vitest';
import { budgetSpendingChart, type BudgetSpendingDatum } from './budget-spending';

const project = (id: string, a: string | null, b: string | null, start: string | null = null, extra: Partial<BudgetSpendingDatum> = {}): BudgetSpendingDatum => ({
  id,
  label: `项目${id}`,
  adjustedBudget: a,
  executed: b,
  yearStartBudget: start,
  adjustedText: a ?? '—',
  executedText: b ?? '—',
  ...(start === null ? {} : { yearStartText: start }),
  ...extra,
});

// 004 提前下达 2024 年中央财政医疗服务与保障能力提升补助资金: 240 cut to 136, spent 94.46.
const cut = project('p03', '136.00', '94.46', '240.00', { differenceText: '41.54' });
const full = project('p01', '148.00', '148.00', '150.00');
const big = project('p08', '48539.00', '46172.13', '48539.00', { differenceText: '2,366.87' });

describe('budgetSpendingChart', () => {
  it('orders projects from the largest budget to the smallest', () => {
    const g = budgetSpendingChart([cut, big, full], { width: 720 });
    expect(g.rows.map((r) => r.id)).toEqual(['p08', 'p01', 'p03']);
  });

  it('draws every project on one scale', () => {
    const g = budgetSpendingChart([project('a', '100', '100'), project('b', '50', '50')], { width: 720 });
    const [a, b] = g.rows;
    expect(b!.budget.width * 2).toBeCloseTo(a!.budget.width, 0);
  });

  it('hatches the unspent part between B and A and says how much it is', () => {
    const [row] = budgetSpendingChart([cut], { width: 720 }).rows;
    expect(row!.spent.x + row!.spent.width).toBeCloseTo(row!.unspent!.x, 0);
    expect(row!.unspent!.x + row!.unspent!.width).toBeCloseTo(row!.budget.x + row!.budget.width, 0);
    expect(row!.detail.join('')).toContain('未支出 41.54');
  });

  it('marks the year-start budget where it differs from A, and names it', () => {
    const [row] = budgetSpendingChart([cut], { width: 720 }).rows;
    expect(row!.yearStart!.x).toBeGreaterThan(row!.budget.x + row!.budget.width);
    expect(row!.detail.join('')).toContain('年初预算 240.00');
  });

  it('has no marker where the year-start budget equals A or is zero (a project added during the year)', () => {
    const rows = budgetSpendingChart([big, project('new', '7707.27', '7707.27', '0.00')], { width: 720 }).rows;
    for (const r of rows) expect(r.yearStart).toBeUndefined();
  });

  it('draws spending beyond the budget past A', () => {
    const [row] = budgetSpendingChart([project('over', '712.76', '871.93', null, { differenceText: '159.17' })], { width: 720 }).rows;
    expect(row!.unspent).toBeUndefined();
    expect(row!.over!.x).toBeCloseTo(row!.budget.x + row!.budget.width, 0);
    expect(row!.detail.join('')).toContain('超出预算 159.17');
  });

  it('says nothing about unspent money when everything was spent', () => {
    const [row] = budgetSpendingChart([full], { width: 720 }).rows;
    expect(row!.unspent).toBeUndefined();
    expect(row!.detail.join('')).not.toContain('未支出');
  });

  it('lists a project without A or B instead of drawing it', () => {
    const g = budgetSpendingChart([cut, project('x', null, '3', null, { reason: '全年预算数空白' })], { width: 336 });
    expect(g.rows.map((r) => r.id)).toEqual(['p03']);
    expect(g.omitted).toEqual([{ id: 'x', label: '项目x', reason: '全年预算数空白' }]);
  });

  it('stops on a value that is not decimal text', () => {
    expect(() => budgetSpendingChart([project('bad', '7,152.33', '1')], { width: 720 })).toThrow(/budget \(A\) of "项目bad"/);
  });

  it('shows in the legend only what is drawn', () => {
    expect(budgetSpendingChart([full], { width: 720 }).legend.map((l) => l.kind)).toEqual(['spent', 'year-start']);
    expect(budgetSpendingChart([cut], { width: 336 }).legend.map((l) => l.kind)).toEqual(['spent', 'unspent', 'year-start']);
  });

  it('keeps the legend, the bars and the tick labels inside the drawing on a phone', () => {
    const g = budgetSpendingChart([cut, big, full, project('o', '10', '12', null, { differenceText: '2' })], { width: 336 });
    for (const r of g.rows) {
      expect(r.budget.x + r.budget.width).toBeLessThanOrEqual(336);
      expect(r.barY + r.barHeight).toBeLessThan(g.height);
    }
    for (const l of g.legend) expect(l.x).toBeLessThan(336);
    expect(g.ticks[0]!.anchor).toBe('start');
  });
});
