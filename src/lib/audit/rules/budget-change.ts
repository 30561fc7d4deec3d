/**
 * A large in-year budget change: 全年预算数 far from 年初预算数. A cut can flatter the
 * execution rate (004: 240 → 136, spent 94.46: 69.46% of A but 39.36% of the year-start
 * budget). Threshold: a change of 20% or more of the year-start budget.
 */
import type { Funding } from '../../../schemas/funding';
import { Dec, toDec } from '../../decimal';
import { executionFigures } from '../../funding-execution';
import { parseAmount } from '../../money';
import { findingId, type Finding, type ItemLocation } from '../finding';

export const LARGE_BUDGET_CHANGE = '0.2';

export function budgetChange(funding: Funding, base: ItemLocation, label: string): Finding[] {
  const line = funding.lines.find((l) => !l.parent && (l.role === 'total' || l.role === 'annual-total'));
  if (!line?.yearStartBudget || !line.adjustedBudget) return [];
  const s = parseAmount(line.yearStartBudget);
  const a = parseAmount(line.adjustedBudget);
  if (s.kind !== 'number' || a.kind !== 'number' || toDec(s.value).isZero()) return [];
  const change = toDec(a.value).minus(toDec(s.value));
  const rel = change.div(toDec(s.value));
  if (rel.abs().lt(new Dec(LARGE_BUDGET_CHANGE))) return [];
  const loc: ItemLocation = { ...base, sub: line.id, lines: line.source.lines, path: [...base.path, 'funding', 'lines', funding.lines.indexOf(line)] };
  const fig = executionFigures(line);
  const pct = rel.times(100).toFixed(2, Dec.ROUND_HALF_UP);
  const cut = change.isNegative();
  const both =
    fig.rateOfAdjustedBudget.status === 'known' && fig.rateOfYearStartBudget.status === 'known'
      ? `执行率按调整后预算为 ${fig.rateOfAdjustedBudget.value}%，按年初预算为 ${fig.rateOfYearStartBudget.value}%。`
      : '';
  return [
    {
      id: findingId('budget-change', loc),
      rule: 'budget-change',
      severity: cut ? 'medium' : 'low',
      title: `${label}：预算年内${cut ? '调减' : '调增'} ${pct.replace('-', '')}%（${line.yearStartBudget} → ${line.adjustedBudget}）`,
      detail: `年初预算 ${line.yearStartBudget}${funding.unit}，全年预算调整为 ${line.adjustedBudget}${funding.unit}。${both}${cut ? '年内调减预算会使执行率显得更高。' : ''}`,
      location: loc,
      figures: [
        { label: '年初预算数', text: line.yearStartBudget, location: loc },
        { label: '全年预算数', text: line.adjustedBudget, location: loc },
        ...(line.executed ? [{ label: '全年执行数', text: line.executed, location: loc }] : []),
        ...(fig.rateOfYearStartBudget.status === 'known' ? [{ label: '执行数占年初预算（明账计算）', text: `${fig.rateOfYearStartBudget.value}%`, computed: true }] : []),
      ],
    },
  ];
}
