/**
 * Department-wide self-evaluations (部门整体支出绩效自评表): the whole department's spending,
 * usually by task (年度主要任务) with budget and execution, plus indicators and a score.
 */
import { z } from 'astro/zod';
import { amountCell, itemBase, label, moneyUnit, rateCell, scoreCell, text } from './common';
import { fundingSchema } from './funding';
import { indicatorTreeSchema } from './indicator';

/** One task (任务名称) with its money. */
export const departmentTaskSchema = z.strictObject({
  ...itemBase,
  /** 任务名称 as published. */
  name: label,
  /** 主要内容 as published. */
  content: text.optional(),
  /** 预算数 / 全年预算数. */
  budget: amountCell.optional(),
  /** 执行数 / 全年执行数. */
  executed: amountCell.optional(),
  /** 执行率 as published. */
  executionRate: rateCell.optional(),
});

/** A department-wide self-evaluation. */
export const departmentEvaluationSchema = z.strictObject({
  ...itemBase,
  /** The table title as published. */
  title: label,
  /** 部门（单位）名称. */
  department: z.string().max(200).optional(),
  /** Funding by source (年度资金总额, 按收入性质分 …), when the layout has it. */
  funding: fundingSchema.optional(),
  /** Unit of the task amounts. */
  unit: moneyUnit.optional(),
  /** 年度主要任务 with budget and execution. */
  tasks: z.array(departmentTaskSchema),
  /** Which line or task sum the tasks add up to, when the document presents them as adding up. */
  tasksTotalLine: z.string().max(80).optional(),
  /** 年度总体目标, verbatim. */
  goal: text.optional(),
  /** 实际完成情况, verbatim. */
  outcome: text.optional(),
  /** Indicators with targets, actuals, weights and scores. */
  indicators: indicatorTreeSchema,
  /** 总分 — stated total weight. */
  totalWeight: scoreCell.optional(),
  /** Stated total score. */
  totalScore: scoreCell.optional(),
  /** 评价等级 as published. */
  rating: z.string().max(20).optional(),
  /** Narrative sections (自评结论, 存在问题及改进措施 …). */
  sections: z.array(z.strictObject({ ...itemBase, heading: label, body: text })).optional(),
});

export type DepartmentEvaluation = z.output<typeof departmentEvaluationSchema>;
