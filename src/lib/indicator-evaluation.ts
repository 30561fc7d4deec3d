/**
 * Was an indicator's target met? `met`, `missed` or `unknown`, with a short reason in
 * Chinese for the page, and the rule applied, for the methodology page and for filters.
 *
 * The rule that governs everything here: a comparison that cannot be made honestly is
 * `unknown`, never `met`. Target and actual are read as sets of allowed values
 * (`numeric-set.ts`); the target is met when every value the actual admits satisfies it,
 * missed when none does, unknown otherwise. The self-scores the sources give play no part:
 * the audit compares them with the status afterwards.
 */
import { compareDates } from './indicator-date';
import {
  type CompoundReading,
  type FigureReading,
  type IndicatorNameReading,
  type IndicatorReading,
  isFigureReading,
  readIndicatorExpression,
  readIndicatorName,
} from './indicator-expression';
import { comparableText } from './indicator-text';
import { evaluateFigures } from './indicator-figure-evaluation';
import { isMoneyUnit } from './indicator-units';

export type EvaluationStatus = 'met' | 'missed' | 'unknown';

/** Which reading of the target decided the status (listed on the methodology page). */
export type EvaluationRule =
  /** The target states an operator: `≥90%`, `≤60分钟`, `=100%`, `不少于150次`. */
  | 'comparison'
  /** A bare target takes the operator the indicator's name ends with (`成本不超过` + `55646万元`). */
  | 'name-operator'
  /** A bare target on a cost indicator is a ceiling: spending less meets it. */
  | 'cost-ceiling'
  /** A bare duration under 时效指标 is a time limit: taking less time meets it. */
  | 'time-limit'
  /** A bare target elsewhere is a planned quantity: reaching or exceeding it meets it. */
  | 'planned-quantity'
  /** A bare target of 0 (`重复参保人数 0`) means none: only 0 meets it. */
  | 'zero-quantity'
  /** `80~90%`: both ends included. */
  | 'range'
  /** `70%左右`: no tolerance is published, so never met or missed. */
  | 'approximate'
  /** A deadline: `12月20日前`, `2024年12月`. */
  | 'date'
  /** Several targets, each paired with the actual of the same name; all must be met. */
  | 'compound'
  /** The actual repeats the target's words exactly (`普遍知晓` / `普遍知晓`). */
  | 'identical-text'
  /** Nothing could be tested. */
  | 'not-evaluable';

export interface IndicatorEvaluation {
  status: EvaluationStatus;
  rule: EvaluationRule;
  /** Why, in short Chinese, for the page. */
  reason: string;
  /** Actual ÷ target in percent, two decimals half-up (`"106.09"`), where both are single figures in one unit. */
  ratio?: string;
}

export interface IndicatorEvaluationInput {
  /** 三级指标 name as published: may carry an operator or a unit. */
  name: string;
  /** Names of the groups above the indicator, outermost first (`['产出指标', '成本指标']`). */
  groupPath: readonly string[];
  /** The target verbatim; undefined when the layout has none. */
  target: string | undefined;
  /** The actual verbatim; undefined for targets-only documents. */
  actual: string | undefined;
  /** A placeholder row (001's `0 0`): never evaluated. */
  placeholder?: boolean | undefined;
}

/** What the evaluator knows about the indicator besides target and actual. */
export interface IndicatorContext {
  name: IndicatorNameReading;
  /** Under a 成本指标 group, or a money indicator named for 成本 / 费 / 资金 / 支出 / 金额. */
  cost: boolean;
  /** Under a 时效指标 group: a bare duration there is a time limit. */
  timeliness: boolean;
}

const COST_GROUP = /成本/u;
const TIMELINESS_GROUP = /时效/u;
const COST_NAME = /成本|费|资金|支出|金额/u;

/** Is this a cost indicator, whose bare target is a ceiling? */
export function isCostIndicator(groupPath: readonly string[], name: string, unit: string | null): boolean {
  return groupPath.some((group) => COST_GROUP.test(group)) || (COST_NAME.test(name) && isMoneyUnit(unit));
}

const unknown = (reason: string, rule: EvaluationRule = 'not-evaluable'): IndicatorEvaluation => ({ status: 'unknown', rule, reason });

function emptyReason(side: '目标值' | '实际完成值', reading: IndicatorReading & { kind: 'empty' }): string {
  return reading.mark === '' ? `${side}空白` : `${side}为“${reading.mark}”`;
}

/** True when a reading, or any part of it, prints `≠` (domain.md §5: a typo for `=`). */
function printsNotEqual(reading: IndicatorReading): boolean {
  if (reading.kind === 'comparison') return reading.op === '≠';
  if (reading.kind === 'compound') return reading.parts.some((part) => part.kind === 'comparison' && part.op === '≠');
  return false;
}

/** Pairs the parts of two compounds by subject, when every part of both has one and they match one to one. */
function pairBySubject(target: CompoundReading, actual: CompoundReading): Array<[FigureReading, FigureReading]> | null {
  const targets = target.parts.filter(isFigureReading);
  const actuals = actual.parts.filter(isFigureReading);
  if (targets.length !== target.parts.length || actuals.length !== actual.parts.length || targets.length !== actuals.length) return null;
  const pairs: Array<[FigureReading, FigureReading]> = [];
  for (const part of targets) {
    const matches = actuals.filter((a) => part.subject !== null && a.subject === part.subject);
    const [match] = matches;
    if (matches.length !== 1 || match === undefined) return null;
    pairs.push([part, match]);
  }
  return pairs;
}

function evaluateCompound(target: CompoundReading, actual: CompoundReading, context: IndicatorContext): IndicatorEvaluation | null {
  const pairs = pairBySubject(target, actual);
  if (pairs === null) return null;
  // A name's operator belongs to the whole indicator, not to one part of it.
  const partContext: IndicatorContext = { ...context, name: { ...context.name, op: null, operatorText: null } };
  const results = pairs.map(([t, a]) => ({ subject: t.subject ?? '', result: evaluateFigures(t, a, partContext) }));
  const reason = results.map((r) => `${r.subject}：${r.result.reason}`).join('；');
  if (results.some((r) => r.result.status === 'missed')) return { status: 'missed', rule: 'compound', reason };
  if (results.every((r) => r.result.status === 'met')) return { status: 'met', rule: 'compound', reason };
  return { status: 'unknown', rule: 'compound', reason };
}

/** Why nothing could be tested, from the kinds of the two readings. */
function notEvaluable(target: IndicatorReading, actual: IndicatorReading): string {
  if (target.kind === 'qualitative') return '目标为定性表述，实际表述与之不同，无法自动判断';
  if (target.kind === 'unparsed') return '目标值无法读成可比较的数字';
  if (target.kind === 'compound') return '目标含多项内容，无法与实际逐项对应';
  if (target.kind === 'date') return actual.kind === 'date' ? '目标与实际日期的年份写法不同，无法比较' : '目标为日期，实际不是可比较的日期';
  if (actual.kind === 'qualitative') return '实际完成值为文字，无法与数字目标比较';
  if (actual.kind === 'compound') return '实际完成值含多项内容，无法与目标对应';
  if (actual.kind === 'date') return '实际为日期，目标为数字，无法比较';
  return '实际完成值无法读成可比较的数字';
}

/**
 * Evaluations already made, by their inputs: the same indicator is evaluated for its project
 * page, the findings lists, the downloads and the audit, and at scale that repetition was a
 * fifth of the build. Bounded, so memory does not grow with the corpus.
 */
const memo = new Map<string, IndicatorEvaluation>();
const MEMO_LIMIT = 100_000;

/** Evaluates an indicator's actual against its target. Never throws; never `met` without a sound reason. The result is shared: do not modify it. */
export function evaluateIndicator(input: IndicatorEvaluationInput): IndicatorEvaluation {
  const key = [input.placeholder === true ? '1' : '0', input.name, input.groupPath.join('\u0001'), input.target ?? '\u0002', input.actual ?? '\u0002'].join('\u0000');
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const evaluation = evaluate(input);
  memo.set(key, evaluation);
  return evaluation;
}

function evaluate(input: IndicatorEvaluationInput): IndicatorEvaluation {
  if (input.placeholder === true) return unknown('占位行，不作评价');
  if (input.target === undefined) return unknown('未公布目标值');
  const target = readIndicatorExpression(input.target);
  if (target.kind === 'empty') return unknown(emptyReason('目标值', target));
  if (input.actual === undefined) return unknown('尚无实际完成值');
  const actual = readIndicatorExpression(input.actual);
  if (actual.kind === 'empty') return unknown(emptyReason('实际完成值', actual));

  if (printsNotEqual(target)) return unknown(`目标写作“${input.target.trim()}”，“≠”疑为“=”的笔误；照原文无法判断`);
  if (printsNotEqual(actual)) return unknown(`实际写作“${input.actual.trim()}”，“≠”疑为“=”的笔误；照原文无法判断`);

  const name = readIndicatorName(input.name);
  const unit = isFigureReading(target) ? (target.unit ?? name.unit) : name.unit;
  const context: IndicatorContext = {
    name,
    cost: isCostIndicator(input.groupPath, input.name, unit),
    timeliness: input.groupPath.some((group) => TIMELINESS_GROUP.test(group)),
  };

  if (isFigureReading(target) && isFigureReading(actual)) return evaluateFigures(target, actual, context);
  if (target.kind === 'date' && actual.kind === 'date') {
    const outcome = compareDates(target, actual);
    const reasons = {
      met: `实际 ${actual.text.trim()} 在目标 ${target.text.trim()} 之内`,
      missed: `实际 ${actual.text.trim()} 晚于目标 ${target.text.trim()}`,
      unknown: `无法确定实际 ${actual.text.trim()} 是否在目标 ${target.text.trim()} 之内${
        actual.before ? '（实际只说明在某日之前）' : '（“前”是否含当日未说明）'
      }`,
    };
    if (outcome !== 'incomparable') return { status: outcome, rule: 'date', reason: reasons[outcome] };
  }
  if (target.kind === 'compound' && target.complete && actual.kind === 'compound' && actual.complete) {
    const outcome = evaluateCompound(target, actual, context);
    if (outcome !== null) return outcome;
  }
  if (comparableText(input.target) === comparableText(input.actual)) {
    return { status: 'met', rule: 'identical-text', reason: '实际与目标表述相同' };
  }
  return unknown(notEvaluable(target, actual));
}
