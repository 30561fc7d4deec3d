/**
 * Execution figures of a funding line (项目资金): how much of the budget was spent.
 *
 * Journalists need the rate and the unspent amount together, and the rate against the
 * year-start budget beside the rate against the adjusted one, because an in-year cut can
 * hide under-execution (004: 240 cut to 136, spent 94.46 → 69.46% of A, 39.36% of the
 * year-start budget). Carry-overs printed beside the block (000's 8603.01 上年结转资金)
 * are outside A and are listed apart, never added to it.
 */
import type { Funding, FundingLine } from '../schemas/funding';
import { roundHalfUp, toDec, toDecimalText } from './decimal';
import { type DerivedFigure, parseAmount, type PublishedNumber } from './money';

/** Decimals of a published execution rate (执行率, "published as a percentage with two decimals"). */
export const RATE_DECIMALS = 2;

/** The columns of a funding line the figures are computed from (a subset of `FundingLine`). */
export type ExecutionColumns = Pick<FundingLine, 'yearStartBudget' | 'adjustedBudget' | 'executed'>;

export interface ExecutionFigures {
  /** 执行率 B/A in percent against 全年预算数 (A), two decimals, half-up. */
  rateOfAdjustedBudget: DerivedFigure;
  /** B against 年初预算数, in percent: shows a cut budget that flatters the rate. */
  rateOfYearStartBudget: DerivedFigure;
  /** A − B, 万元 (or the block's unit); negative when more was spent than budgeted. */
  unspent: DerivedFigure;
}

type ColumnReading = { ok: true; number: PublishedNumber } | { ok: false; reason: string };

/** Reads one column, naming it in the reason when it holds no usable figure. */
function readColumn(cell: string | undefined, label: string): ColumnReading {
  if (cell === undefined) return { ok: false, reason: `本表未列${label}` };
  const reading = parseAmount(cell);
  if (reading.kind === 'number') return { ok: true, number: reading };
  if (reading.kind === 'empty') {
    return { ok: false, reason: reading.mark === '' ? `${label}空白` : `${label}未填数（“${reading.mark}”）` };
  }
  return { ok: false, reason: `${label}“${cell}”不是数字` };
}

/** B as a percentage of a base, or why not: a zero or negative base gives no rate. */
function rateAgainst(executed: ColumnReading, base: ColumnReading, baseLabel: string): DerivedFigure {
  if (!base.ok) return { status: 'unknown', reason: base.reason };
  if (!executed.ok) return { status: 'unknown', reason: executed.reason };
  const baseValue = toDec(base.number.value);
  if (baseValue.isZero()) return { status: 'unknown', reason: `${baseLabel}为 0，无法计算执行率` };
  if (baseValue.isNegative()) return { status: 'unknown', reason: `${baseLabel}为负数（${base.number.text}），不计算执行率` };
  const percent = toDec(executed.number.value).dividedBy(baseValue).times(100);
  return { status: 'known', value: roundHalfUp(percent, RATE_DECIMALS), exact: toDecimalText(percent) };
}

/** Execution figures of one funding line. Never NaN or Infinity: a missing or zero base is "unknown" with a reason. */
export function executionFigures(line: ExecutionColumns): ExecutionFigures {
  const adjusted = readColumn(line.adjustedBudget, '全年预算数');
  const yearStart = readColumn(line.yearStartBudget, '年初预算数');
  const executed = readColumn(line.executed, '全年执行数');

  let unspent: DerivedFigure;
  if (!adjusted.ok) unspent = { status: 'unknown', reason: adjusted.reason };
  else if (!executed.ok) unspent = { status: 'unknown', reason: executed.reason };
  else {
    // A difference of published figures is exact; print it at the finer of the two precisions.
    const difference = toDec(adjusted.number.value).minus(toDec(executed.number.value));
    const decimals = Math.max(adjusted.number.decimals, executed.number.decimals);
    unspent = { status: 'known', value: roundHalfUp(difference, decimals), exact: toDecimalText(difference) };
  }

  return {
    rateOfAdjustedBudget: rateAgainst(executed, adjusted, '全年预算数'),
    rateOfYearStartBudget: rateAgainst(executed, yearStart, '年初预算数'),
    unspent,
  };
}

/** Money the document mentions beside a funding block but outside its budget base. */
export interface MoneyOutsideBudget {
  id: string;
  label: string;
  /** The amount as plain decimal text, or null when the cell holds no figure. */
  amount: string | null;
  /** The amount as published. */
  text: string;
}

export interface BlockExecution {
  /** The block's unit (`万元`). */
  unit: Funding['unit'];
  /** Figures for every line, in published order. */
  lines: Array<{ id: string; label: string; role: FundingLine['role']; figures: ExecutionFigures }>;
  /** Carry-overs and other money outside A, kept apart: never part of any rate or unspent amount. */
  outsideBudget: MoneyOutsideBudget[];
}

/** Execution figures for every line of a funding block, with the money outside its budget listed apart. */
export function blockExecution(funding: Funding): BlockExecution {
  return {
    unit: funding.unit,
    lines: funding.lines.map((line) => ({
      id: line.id,
      label: line.label,
      role: line.role,
      figures: executionFigures(line),
    })),
    outsideBudget: (funding.outsideBudget ?? []).map((item) => {
      const reading = parseAmount(item.amount);
      return { id: item.id, label: item.label, amount: reading.kind === 'number' ? reading.value : null, text: item.amount };
    }),
  };
}
