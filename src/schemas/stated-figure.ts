/**
 * A figure stated in running text rather than in a table: "2023 年度本年支出合计 871.93 万元",
 * "共接待国内来访团组 15 个，来宾 86 人次", "较上年决算数增加 146.11 万元，增长 4451.22%".
 * Parts name their parent figure so the audit can check that they add up.
 */
import { z } from 'astro/zod';
import { amountCell, id, itemBase, label, rateCell, text } from './common';

/** The subject a stated figure belongs to, for grouping on pages. */
export const figureTopic = z.enum([
  'income', // 收入
  'expenditure', // 支出
  'basic-expenditure', // 基本支出 (人员经费, 公用经费)
  'project-expenditure', // 项目支出
  'appropriation', // 财政拨款
  'function-item', // 支出功能分类 item with budget vs actual
  'three-public', // "三公"经费
  'reception', // 公务接待 (batches, guests)
  'training', // 培训费
  'meeting', // 会议费
  'operating-costs', // 机关运行经费
  'procurement', // 政府采购
  'assets', // 国有资产, vehicles, equipment
  'staff', // 人员编制, 实有人员
  'units', // 决算单位构成, 内设机构
  'performance', // 预算绩效 (project counts, amounts evaluated)
  'funding', // amounts of a project in a report's text
  'other',
]);

/** One figure stated in text. */
export const statedFigureSchema = z.strictObject({
  ...itemBase,
  /** What the figure is about. */
  topic: figureTopic,
  /** A short label in Chinese (`公务接待费 支出决算`). */
  label,
  /** The figure as published (`871.93`, `15`). */
  value: amountCell,
  /** Its unit as published (`万元`, `人`, `辆`, `个`, `%`). */
  unit: z.string().max(20),
  /** The id of the figure this one is a part of, when the text presents parts of a whole. */
  parent: id.optional(),
  /** For a budget-vs-actual pair: which side this is. */
  basis: z.enum(['budget', 'year-start-budget', 'actual', 'previous-year', 'count', 'share', 'other']).optional(),
  /** The published rate that accompanies it (`完成预算的 100.00%`, `占 81.94%`), as published. */
  rate: rateCell.optional(),
  /**
   * The id of the figure the published `rate` is relative to: the budget for "完成预算的 95%",
   * the whole for "占 81.94%". The audit checks the rate against value ÷ that figure.
   */
  rateOf: id.optional(),
  /** The sentence it is taken from, verbatim (artifacts read through). */
  quote: text,
});

/** A year-over-year change stated in text (较上年 … 增加/减少 … 增长/下降 …%), with its reason. */
export const yearOverYearSchema = z.strictObject({
  ...itemBase,
  /** What changed (`本年收入合计`, `公务接待费`). */
  label,
  /** This year's figure as published. */
  current: amountCell.optional(),
  /** Last year's figure, when the text states it. */
  previous: amountCell.optional(),
  /** The change as published, without sign (`146.11`). */
  change: amountCell.optional(),
  /** 增加 / 减少 / 持平 as published. */
  direction: z.enum(['增加', '减少', '持平', '增长', '下降']),
  /** The rate of change as published (`4451.22%`). */
  changeRate: rateCell.optional(),
  /** Unit of current, previous and change. */
  unit: z.string().max(20),
  /** The stated reason, verbatim. */
  reason: text.optional(),
  /** The sentence, verbatim. */
  quote: text,
});

/** A stretch of narrative text kept whole (主要职责, 情况说明). */
export const narrativeSectionSchema = z.strictObject({
  ...itemBase,
  /** The heading as published. */
  heading: label,
  /** The text, paragraphs separated by blank lines, artifacts read through. */
  body: text,
});

export type StatedFigure = z.output<typeof statedFigureSchema>;
export type YearOverYear = z.output<typeof yearOverYearSchema>;
export type NarrativeSection = z.output<typeof narrativeSectionSchema>;
