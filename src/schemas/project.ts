/**
 * Projects (项目): budget performance targets set before the year (绩效目标表) and
 * self-evaluations after it (项目支出绩效自评表). A project id is unique across all data,
 * because evaluation reports and comparisons refer to projects by id: names are not unique.
 */
import { z } from 'astro/zod';
import { id, itemBase, label, scoreCell, text } from './common';
import { fundingSchema } from './funding';
import { indicatorTreeSchema } from './indicator';
import { statedFigureSchema } from './stated-figure';

/** Fields common to every project. */
const projectBase = {
  ...itemBase,
  /** 项目名称 as published. */
  name: label,
  /** 主管部门 as published. */
  supervisingDepartment: z.string().max(200).optional(),
  /** 实施单位 / 资金使用单位 as published. */
  implementingUnit: z.string().max(200).optional(),
  /**
   * A program family key grouping the same program across agencies and years
   * (`medical-service-capacity` for 医疗服务与保障能力提升补助资金). Set by the transcriber;
   * the grouping rule is on the methodology page.
   */
  program: id.optional(),
  /** Figures stated in the project's text (goal, outcome, notes below the table), so they can be checked. */
  figures: z.array(statedFigureSchema).optional(),
};

/** A project's budget performance targets (the 001 kind: 项目支出预算绩效目标表). */
export const projectTargetSchema = z.strictObject({
  ...projectBase,
  /** 项目属性 as published (`0101-一年期项目`). */
  attribute: z.string().max(100).optional(),
  /** 项目期 as published (`1年`). */
  period: z.string().max(50).optional(),
  /** 资金 — 项目总额, 年度资金总额, 本级资金 / 转移市县（区）资金 and their sources. */
  funding: fundingSchema,
  /** 年度总体绩效目标, verbatim. */
  overallGoal: text,
  /** The indicator tree with targets (no actuals yet). */
  indicators: indicatorTreeSchema,
});

/** A project's self-evaluation (项目支出绩效自评表). */
export const projectEvaluationSchema = z.strictObject({
  ...projectBase,
  /** 项目资金: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 by source. */
  funding: fundingSchema,
  /** 年度总体目标 — 预期目标, verbatim. */
  goal: text.optional(),
  /** 实际完成情况, verbatim. */
  outcome: text.optional(),
  /** The indicator tree with targets, actuals, weights and scores. */
  indicators: indicatorTreeSchema,
  /** 总分 — the stated total weight (`100`). */
  totalWeight: scoreCell.optional(),
  /** 总分 / 自评得分 — the stated total score. */
  totalScore: scoreCell.optional(),
  /** 评价等级 / 自评等级 as published (优, 良, 中, 差). */
  rating: z.string().max(20).optional(),
  /**
   * Whether the execution-rate score (the funding block's 得分) counts in the total.
   * In 003 and 004 it does (10 of 100); in 000's 专项业务费 it is scored apart.
   */
  executionScoreInTotal: z.boolean(),
  /** Narrative sections that accompany the table (自评结论, 存在问题 …). */
  sections: z
    .array(z.strictObject({ ...itemBase, heading: label, body: text }))
    .optional(),
});

/** A reference to a project by its id. */
export const projectRef = id;

export type ProjectTarget = z.output<typeof projectTargetSchema>;
export type ProjectEvaluation = z.output<typeof projectEvaluationSchema>;
