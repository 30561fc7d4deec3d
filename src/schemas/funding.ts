/**
 * A funding block (项目资金 / 资金投入情况): lines such as 年度资金总额 and its parts
 * (其中：当年财政拨款, 上年结转资金, 其他资金, 中央财政资金, 地方资金 …), each with the columns
 * the layout publishes. Parts name their parent line, so sums can be checked.
 */
import { z } from 'astro/zod';
import { amountCell, id, itemBase, label, moneyUnit, rateCell, scoreCell, text } from './common';

/** What a funding line is, whatever its printed label. */
export const fundingRole = z.enum([
  /** 年度资金总额 / 项目总额 / 资金总额 */
  'total',
  /** 其中：年度资金总额 (a project's money for this year, inside a multi-year 项目总额) */
  'annual-total',
  /** 当年财政拨款 / 财政拨款 */
  'current-appropriation',
  /** 上年结转资金 / 结余结转资金 */
  'prior-year-carry-over',
  /** 其他资金 */
  'other',
  /** 中央财政资金 / 中央资金 */
  'central',
  /** 地方资金 / 自治区资金 / 省级资金 */
  'local',
  /** 本级资金 — spent by the agency itself */
  'own-level',
  /** 转移市县（区）资金 — passed down to lower levels */
  'transfer-down',
]);

/** One line of a funding block. Every column is optional: layouts publish different ones. */
export const fundingLineSchema = z.strictObject({
  ...itemBase,
  /** The line's label as published (`其中：当年财政拨款`). */
  label,
  /** What the line is. */
  role: fundingRole,
  /** The id of the line this one is a part of (其中). Absent for the top line. */
  parent: id.optional(),
  /** 年初预算数 — budget at the start of the year. */
  yearStartBudget: amountCell.optional(),
  /** 全年预算数 (A) / 调整预算数 — budget after in-year adjustments; the base of the execution rate. */
  adjustedBudget: amountCell.optional(),
  /** 全年执行数 (B) — actual spending. */
  executed: amountCell.optional(),
  /** 执行率 (B/A) as published. */
  executionRate: rateCell.optional(),
  /** 分值 — points the execution rate is worth. */
  weight: scoreCell.optional(),
  /** 得分 — points given for execution. */
  score: scoreCell.optional(),
  /** A single amount, for layouts with one column (绩效目标表: 资金总额). */
  amount: amountCell.optional(),
});

/** A funding block. */
export const fundingSchema = z.strictObject({
  /** 单位 — the unit of every amount in the block. */
  unit: moneyUnit,
  /** The lines in published order. */
  lines: z.array(fundingLineSchema).min(1),
  /**
   * Money outside the budget base that the document mentions beside the block, e.g. 000's
   * `8603.01（上年结转资金）` printed in the 其他资金 row but not part of A.
   */
  outsideBudget: z
    .array(
      z.strictObject({
        ...itemBase,
        /** What it is, as published. */
        label,
        /** The amount as published. */
        amount: amountCell,
        /** The printed text around it, verbatim. */
        quote: text.optional(),
      }),
    )
    .optional(),
});

export type FundingLine = z.output<typeof fundingLineSchema>;
export type Funding = z.output<typeof fundingSchema>;
