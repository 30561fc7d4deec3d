import { describe, expect, it } from 'vitest';
import { findingsOf, funding, line, projectEvaluation, projectEvaluationsDoc, projectTarget, projectTargetsDoc } from '../../../../test/fixtures/audit/build';

const evaluated = (yearStartBudget: string, adjustedBudget: string, executed = adjustedBudget) =>
  projectEvaluationsDoc('fx-evals', [projectEvaluation('fx-p01', { funding: funding([line('total', 'total', { yearStartBudget, adjustedBudget, executed })]) })]);

describe('in-year budget changes', () => {
  it('reports a cut of 20% or more as medium, with the rate against the year-start budget (004 p03: 240 → 136, 39.36%)', () => {
    const [finding, ...rest] = findingsOf([evaluated('240.00', '136.00', '94.46')], 'budget-change');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'budget-change:fx-evals:fx-p01:total', severity: 'medium', title: expect.stringContaining('调减 43.33%（240.00 → 136.00）') });
    expect(finding!.figures.map((f) => f.text)).toEqual(['240.00', '136.00', '94.46', '39.36%']);
  });

  it('reports a rise of exactly 20% as low', () => {
    expect(findingsOf([evaluated('100.00', '120.00')], 'budget-change')).toMatchObject([{ severity: 'low', title: expect.stringContaining('调增 20.00%') }]);
  });

  it('does not report small adjustments (150 → 148, 2519 → 2611)', () => {
    expect(findingsOf([evaluated('150.00', '148.00')])).toEqual([]);
    expect(findingsOf([evaluated('2519.00', '2611.00')])).toEqual([]);
  });

  it('has no base when the year-start budget is zero (money added during the year)', () => {
    expect(findingsOf([evaluated('0.00', '90.00')])).toEqual([]);
  });

  it('looks only at evaluations, not at targets published before the year', () => {
    const doc = projectTargetsDoc('fx-targets', [projectTarget('fx-p01', { funding: funding([line('total', 'total', { yearStartBudget: '240.00', adjustedBudget: '136.00' })]) })]);
    expect(findingsOf([doc])).toEqual([]);
  });
});
