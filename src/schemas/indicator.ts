/**
 * Performance indicators (绩效指标): a tree, usually 一级 → 二级 → 三级, sometimes with
 * process dimensions (项目决策 / 过程管理 / 项目产出 / 项目效益) weighted at every level.
 * Target and actual are kept verbatim; `src/lib/indicator-expression.ts` reads them.
 */
import { z } from 'astro/zod';
import { itemBase, label, scoreCell, text } from './common';

/** A leaf indicator (三级指标), the concrete thing measured. */
export const indicatorSchema = z.strictObject({
  ...itemBase,
  kind: z.literal('indicator'),
  /** 三级指标 — the indicator's name as published. May itself hold an operator (`成本不超过`). */
  name: label,
  /** 年度指标值 / 指标值 / 绩效值 — the target verbatim (`≥4960000`, `70%左右`, `逐步推开`). "" when blank. */
  target: text.optional(),
  /** 实际完成值 / 全年实际完成值 — the actual verbatim; absent for targets-only documents (绩效目标表). */
  actual: text.optional(),
  /** 指标分值 / 分值 — points this indicator is worth, as published. */
  weight: scoreCell.optional(),
  /** 自评得分 / 得分 — points given, as published. */
  score: scoreCell.optional(),
  /** 偏差原因分析及改进措施 / 未完成原因和改进措施 — verbatim; "" when the column is left empty. */
  explanation: text.optional(),
  /**
   * A placeholder row the source fills with zeros instead of an indicator (001's `0 0` under
   * 经济效益 and 生态效益). Kept so the page shows what was published; never evaluated.
   */
  placeholder: z.boolean().optional(),
});

type IndicatorGroupInput = {
  id: string;
  kind: 'group';
  name: string;
  code?: string | undefined;
  weight?: string | undefined;
  score?: string | undefined;
  source: { lines: [number, number] };
  notes?: string[] | undefined;
  children: Array<IndicatorGroupInput | z.input<typeof indicatorSchema>>;
};

/**
 * A group of indicators: 一级指标 (产出指标 …), 二级指标 (数量指标 …), or a process dimension
 * (项目决策 …). Weight and score are optional at every level.
 */
export const indicatorGroupSchema: z.ZodType<IndicatorGroupInput> = z.strictObject({
  ...itemBase,
  kind: z.literal('group'),
  /** The level's name as published, without a code prefix (`数量指标`, `项目决策`). */
  name: label,
  /** A code the source prefixes to the name (001: `11` in `11-数量指标`). */
  code: z
    .string()
    .regex(/^[0-9A-Za-z.]{1,12}$/, { message: 'a short code such as "11"' })
    .optional(),
  /** 分值 / 权重 of the whole group, as published. */
  weight: scoreCell.optional(),
  /** 得分 of the whole group, as published. */
  score: scoreCell.optional(),
  /** Sub-groups or indicators, in published order. */
  get children() {
    return z.array(z.union([indicatorGroupSchema, indicatorSchema])).min(1, { message: 'a group holds at least one item' });
  },
});

/** An indicator tree: the top-level groups (or bare indicators) in published order. */
export const indicatorTreeSchema = z.array(z.union([indicatorGroupSchema, indicatorSchema]));

export type Indicator = z.output<typeof indicatorSchema>;
export type IndicatorGroup = IndicatorGroupInput;
export type IndicatorNode = Indicator | IndicatorGroup;
