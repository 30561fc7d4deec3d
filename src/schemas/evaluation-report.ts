/**
 * Evaluation reports (项目支出绩效评价报告, e.g. 宁医保绩〔2025〕4号): a narrative evaluation
 * of one project, with dimension scores (决策 / 过程 / 产出 / 效益 …), a total and a rating.
 * The project it evaluates is named by id: reports match their tables only by content.
 */
import { z } from 'astro/zod';
import { id, itemBase, label, scoreCell, text } from './common';
import { indicatorTreeSchema } from './indicator';
import { narrativeSectionSchema, statedFigureSchema } from './stated-figure';

/** An indicator result as the report's text states it ("目标1：… 绩效目标值是12个月，实际完成值为12个月，目标完成"). */
export const reportedIndicatorSchema = z.strictObject({
  ...itemBase,
  /** The indicator's name as the report words it. */
  name: label,
  /** The id of the same indicator in the evaluated project's table, when it can be matched. */
  indicator: id.optional(),
  /** Target as the report states it, verbatim. */
  target: text.optional(),
  /** Actual as the report states it, verbatim. */
  actual: text.optional(),
  /** The report's verdict, verbatim (`目标完成`, `未完成`). */
  verdict: z.string().max(100).optional(),
});

/** One evaluation report. */
export const evaluationReportSchema = z.strictObject({
  ...itemBase,
  /** 文号 as published (`宁医保绩〔2025〕4号`). */
  documentNumber: z.string().max(60),
  /** The report title as published. */
  title: label,
  /** Addressee (`市财政局`). */
  addressee: z.string().max(100).optional(),
  /** The id of the project evaluated (a project of a self-evaluation or targets document). */
  project: id,
  /** Why this report was matched to that project (content, not name). */
  matchedBy: text,
  /** Dimension scores as a tree of groups with weight and score (项目决策 15 …). */
  dimensions: indicatorTreeSchema,
  /** Stated total score (`99`). */
  totalScore: scoreCell.optional(),
  /** Stated total weight (`100`). */
  totalWeight: scoreCell.optional(),
  /** 评价等级 as published (优). */
  rating: z.string().max(20).optional(),
  /** Figures stated in the report (funding: 年初预算, 调整, 到位, 支出 …). */
  figures: z.array(statedFigureSchema),
  /** Indicator results as the text states them. */
  indicatorResults: z.array(reportedIndicatorSchema).optional(),
  /** Narrative sections in order, verbatim. */
  sections: z.array(narrativeSectionSchema),
});

export type EvaluationReport = z.output<typeof evaluationReportSchema>;
