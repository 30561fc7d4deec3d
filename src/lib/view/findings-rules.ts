/**
 * The named thresholds and rules behind the findings lists, in words for pages: the
 * under-execution threshold (chosen here), the audit's thresholds (imported from the audit
 * so the methodology page cannot drift from the code), and a Chinese name for every audit
 * rule with the module that implements it.
 */
import type { RuleId } from '../audit/finding';
import { LARGE_BUDGET_CHANGE } from '../audit/rules/budget-change';
import { EXECUTION_SCORE_TOLERANCE } from '../audit/rules/scores';
import { HIGH_RELATIVE_GAP, MEDIUM_RELATIVE_GAP } from '../audit/rules/severity';
import { Dec } from '../decimal';
import type { EvaluationRule } from '../indicator-evaluation';

/**
 * A project is listed as under-executed when its execution rate — against the adjusted
 * budget (B/A) or against the year-start budget — is below this many percent. A choice of
 * 明账, not a legal standard: it is the first reference line of the execution charts, and it
 * means that more than a tenth of the budget was not spent. The full list of every rate is
 * published beside it so that readers can apply their own line.
 */
export const UNDER_EXECUTION_THRESHOLD = '90';

/** A decimal fraction as a percentage for prose: `'0.05'` → `'5%'`. */
export function percentWords(fraction: string): string {
  return `${new Dec(fraction).times(100).toString()}%`;
}

/** Every threshold in words, for the methodology page and the findings pages. */
export const thresholdWords = {
  underExecution: `${UNDER_EXECUTION_THRESHOLD}%`,
  highGap: percentWords(HIGH_RELATIVE_GAP),
  mediumGap: percentWords(MEDIUM_RELATIVE_GAP),
  executionScoreTolerance: `${EXECUTION_SCORE_TOLERANCE} 分`,
  budgetChange: percentWords(LARGE_BUDGET_CHANGE),
} as const;

export interface RuleInfo {
  /** Short Chinese name. */
  name: string;
  /** The module that implements it (cited on the methodology page). */
  module: string;
  /** Anchor of its explanation on the methodology page. */
  anchor: string;
}

const rule = (id: RuleId, name: string, module: string): [RuleId, RuleInfo] => [id, { name, module, anchor: `rule-${id}` }];

export const auditRules: Record<RuleId, RuleInfo> = Object.fromEntries([
  rule('parts-total', '分项与合计不符', 'src/lib/audit/rules/sums.ts'),
  rule('column-sum', '表内各栏相加不符', 'src/lib/audit/rules/sums.ts'),
  rule('stated-rate', '所列执行率与执行数÷预算数不符', 'src/lib/audit/rules/rates.ts'),
  rule('share-rate', '所列占比与计算不符', 'src/lib/audit/rules/rates.ts'),
  rule('year-over-year', '较上年变动率与计算不符', 'src/lib/audit/rules/rates.ts'),
  rule('score-total', '各项得分（分值）之和与总分不符', 'src/lib/audit/rules/scores.ts'),
  rule('score-above-weight', '得分高于分值', 'src/lib/audit/rules/scores.ts'),
  rule('execution-score', '执行率得分与执行率不相称', 'src/lib/audit/rules/scores.ts'),
  rule('full-score-missed', '目标未完成却得满分', 'src/lib/audit/rules/indicators.ts'),
  rule('missed-no-explanation', '目标未完成且未说明原因', 'src/lib/audit/rules/indicators.ts'),
  rule('budget-change', '预算年内大幅调整', 'src/lib/audit/rules/budget-change.ts'),
  rule('report-vs-table', '同一数字在两份文件中不一致', 'src/lib/audit/rules/cross-document.ts'),
  rule('source-typo', '原文疑似笔误', 'src/lib/audit/rules/indicators.ts'),
]) as Record<RuleId, RuleInfo>;

/** The evaluation rules of `src/lib/indicator-evaluation.ts` in words, with their methodology anchors. */
export const evaluationRules: Record<EvaluationRule, { name: string; anchor: string }> = {
  comparison: { name: '目标写明比较符号', anchor: 'eval-comparison' },
  'name-operator': { name: '比较方向取自指标名称', anchor: 'eval-name-operator' },
  'cost-ceiling': { name: '成本目标按上限', anchor: 'eval-cost-ceiling' },
  'time-limit': { name: '时效目标按时限', anchor: 'eval-time-limit' },
  'planned-quantity': { name: '计划数按“不少于”', anchor: 'eval-planned-quantity' },
  'zero-quantity': { name: '目标为 0 按“无”', anchor: 'eval-zero-quantity' },
  range: { name: '区间，两端都算', anchor: 'eval-range' },
  approximate: { name: '“左右”不作判断', anchor: 'eval-approximate' },
  date: { name: '日期与期限', anchor: 'eval-date' },
  compound: { name: '多项目标逐项对应', anchor: 'eval-compound' },
  'identical-text': { name: '实际与目标表述相同', anchor: 'eval-identical-text' },
  'not-evaluable': { name: '无法比较', anchor: 'eval-not-evaluable' },
};
