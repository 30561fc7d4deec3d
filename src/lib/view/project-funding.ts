/**
 * View model of a funding block (项目资金 / 资金投入情况): every line as published, with
 * 明账's execution figures beside it (B/A, B against the year-start budget, A − B), and the
 * money printed beside the block but outside A kept apart.
 */
import type { Funding, FundingLine } from '../../schemas/funding';
import { executionFigures } from '../funding-execution';
import { anchorId } from '../site/urls';
import type { FindingLookup, FindingView } from './document-findings';
import { type CellView, cellView, derivedAmount, derivedRate, type DerivedView, notesOf, type SourceRef, sourceRef } from './document-cells';

/** The published columns of a funding line, in display order, with their Chinese headers. */
export const fundingColumns = [
  ['yearStartBudget', '年初预算数'],
  ['adjustedBudget', '全年预算数（A）'],
  ['executed', '全年执行数（B）'],
  ['executionRate', '执行率（公布）'],
  ['weight', '分值'],
  ['score', '得分'],
  ['amount', '金额'],
] as const satisfies ReadonlyArray<readonly [keyof FundingLine, string]>;

export type FundingColumn = (typeof fundingColumns)[number][0];

export interface ExecutionView {
  /** B/A, computed. */
  rateOfAdjusted: DerivedView;
  /** B / 年初预算数, computed. */
  rateOfYearStart: DerivedView;
  /** A − B, computed. */
  unspent: DerivedView;
}

export interface FundingLineView {
  id: string;
  anchor: string;
  label: string;
  role: FundingLine['role'];
  /** 0 for a top line, 1 for its parts (其中), … */
  depth: number;
  cells: Partial<Record<FundingColumn, CellView>>;
  /** Present when the line has an executed column. */
  execution?: ExecutionView;
  notes: string[];
  source: SourceRef;
  findings: FindingView[];
}

export interface OutsideBudgetView {
  id: string;
  anchor: string;
  label: string;
  amount: CellView;
  quote?: string;
  notes: string[];
  source: SourceRef;
}

export interface FundingView {
  unit: string;
  /** Columns any line publishes, in display order. */
  columns: Array<{ key: FundingColumn; header: string }>;
  lines: FundingLineView[];
  /** Whether the block reports execution (self-evaluations) or only amounts (targets). */
  hasExecution: boolean;
  /** Whether any line publishes a year-start budget (年初预算数), so B against it can be shown. */
  hasYearStart: boolean;
  /** The top line (年度资金总额), the headline of the project. */
  top?: FundingLineView;
  outsideBudget: OutsideBudgetView[];
}

/** The top line of a block: the first line without a parent (年度资金总额 / 项目总额). */
export function topLine(funding: Funding): FundingLine | undefined {
  return funding.lines.find((l) => l.parent === undefined) ?? funding.lines[0];
}

/** The line that carries a project's money for this year: 年度资金总额 inside a multi-year 项目总额, else the top line. */
export function annualLine(funding: Funding): FundingLine | undefined {
  return funding.lines.find((l) => l.role === 'annual-total') ?? topLine(funding);
}

export function fundingView(funding: Funding, options: { archive: string; prefix?: string; findings?: FindingLookup; item?: string }): FundingView {
  const byId = new Map(funding.lines.map((l) => [l.id, l]));
  const depthOf = (l: FundingLine): number => {
    let depth = 0;
    let cur = l.parent === undefined ? undefined : byId.get(l.parent);
    while (cur && depth < 10) {
      depth += 1;
      cur = cur.parent === undefined ? undefined : byId.get(cur.parent);
    }
    return depth;
  };
  const prefix = options.prefix ?? 'funding';
  const lines: FundingLineView[] = funding.lines.map((l) => {
    const cells: Partial<Record<FundingColumn, CellView>> = {};
    for (const [key] of fundingColumns) {
      const v = l[key];
      if (v !== undefined) cells[key] = cellView(v, key === 'executionRate' || key === 'weight' || key === 'score' ? undefined : funding.unit);
    }
    const view: FundingLineView = {
      id: l.id,
      anchor: anchorId(prefix, l.id),
      label: l.label,
      role: l.role,
      depth: depthOf(l),
      cells,
      notes: notesOf(l),
      source: sourceRef(options.archive, l.source.lines),
      findings: options.findings?.(options.item, l.id) ?? [],
    };
    if (l.executed !== undefined) {
      const f = executionFigures(l);
      view.execution = {
        rateOfAdjusted: derivedRate(f.rateOfAdjustedBudget),
        rateOfYearStart: derivedRate(f.rateOfYearStartBudget),
        unspent: derivedAmount(f.unspent, funding.unit),
      };
    }
    return view;
  });
  const columns = fundingColumns.filter(([key]) => funding.lines.some((l) => l[key] !== undefined)).map(([key, header]) => ({ key, header }));
  const top = topLine(funding);
  const view: FundingView = {
    unit: funding.unit,
    columns,
    lines,
    hasExecution: funding.lines.some((l) => l.executed !== undefined),
    hasYearStart: funding.lines.some((l) => l.yearStartBudget !== undefined),
    outsideBudget: (funding.outsideBudget ?? []).map((o) => {
      const item: OutsideBudgetView = {
        id: o.id,
        anchor: anchorId(prefix, 'outside', o.id),
        label: o.label,
        amount: cellView(o.amount, funding.unit),
        notes: notesOf(o),
        source: sourceRef(options.archive, o.source.lines),
      };
      if (o.quote !== undefined) item.quote = o.quote;
      return item;
    }),
  };
  const topView = top === undefined ? undefined : lines.find((l) => l.id === top.id);
  if (topView) view.top = topView;
  return view;
}
