/**
 * Transfer-payment regional self-evaluations (转移支付区域（项目）绩效目标自评表, the 000 kind):
 * money a province receives from the centre and allocates down, evaluated as a whole.
 */
import { z } from 'astro/zod';
import { itemBase, label, text } from './common';
import { fundingSchema } from './funding';
import { indicatorTreeSchema } from './indicator';

/** One fund-management item (分配科学性, 下达及时性 … 支出责任履行情况) with its texts. */
export const fundManagementItemSchema = z.strictObject({
  ...itemBase,
  /** The item's name as published (`分配科学性`). */
  name: label,
  /** 情况说明, verbatim. */
  description: text,
  /** 存在问题和改进措施, verbatim; "" when left empty. */
  problems: text.optional(),
});

/** A transfer-payment regional self-evaluation. */
export const transferPaymentEvaluationSchema = z.strictObject({
  ...itemBase,
  /** 转移支付（项目）名称 as published. */
  name: label,
  /** The table title as published. */
  title: label.optional(),
  /** 中央主管部门. */
  centralDepartment: z.string().max(200).optional(),
  /** 地方主管部门. */
  localDepartment: z.string().max(200).optional(),
  /** 资金使用单位. */
  fundUsers: z.string().max(500).optional(),
  /** Program family key, as for projects. */
  program: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/).optional(),
  /** 资金投入情况: 全年预算数 (A), 全年执行数 (B), 预算执行率 by 中央 / 地方 / 其他. */
  funding: fundingSchema,
  /** 资金管理情况 items. */
  management: z.array(fundManagementItemSchema),
  /** 总体目标, verbatim. */
  overallGoal: text.optional(),
  /** 全年实际完成情况, verbatim. */
  overallOutcome: text.optional(),
  /** 绩效指标: targets, actuals and 未完成原因和改进措施 (this layout has no scores). */
  indicators: indicatorTreeSchema,
});

export type TransferPaymentEvaluation = z.output<typeof transferPaymentEvaluationSchema>;
