/**
 * The seam between the indicator pages and the indicator reading and evaluation modules
 * (`src/lib/indicator-expression.ts`, `src/lib/indicator-evaluation.ts`). Pages see only
 * this shape: the derived readings of target and actual, and a status with its reason.
 */
import type { Indicator } from '../../schemas/indicator';
import { groupDigits } from '../format';
import { type EvaluationRule, evaluateIndicator } from '../indicator-evaluation';
import { normaliseExpression } from '../indicator-text';
import { type ComparisonOperator, type IndicatorReading, type PartReading, readIndicatorExpression } from '../indicator-expression';

export type IndicatorStatus = 'met' | 'missed' | 'unknown';

export interface IndicatorAssessment {
  status: IndicatorStatus;
  /** Why, in short Chinese (`实际 80.52% 低于目标 ≥85%`). */
  reason: string;
  /** The target as 明账 reads it (`≥ 90%`), when it can be read. */
  targetReading?: string;
  /** The actual as 明账 reads it, when it can be read. */
  actualReading?: string;
  /** Actual ÷ target, `106.09%`, where both are single figures in one unit. */
  ratio?: string;
}

/** Context an evaluation may need: the indicator's place in the tree (a cost target is a ceiling). */
export interface AssessmentContext {
  /** Names of the groups above the indicator, top first (`产出指标`, `成本指标`). */
  path: readonly string[];
}

export type Assess = (indicator: Indicator, context: AssessmentContext) => IndicatorAssessment;

const OPERATOR_SIGNS: Record<ComparisonOperator, string> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
  '≈': '约',
  '≠': '≠',
};

function figure(value: string, unit: string | null): string {
  const v = /^-?\d+(?:\.\d+)?$/.test(value) ? groupDigits(value) : value;
  return unit === null ? v : unit === '%' || unit === '‰' ? `${v}${unit}` : `${v} ${unit}`;
}

function partText(part: PartReading | IndicatorReading): string | null {
  switch (part.kind) {
    case 'comparison':
      return `${part.subject ? `${part.subject} ` : ''}${OPERATOR_SIGNS[part.op]} ${figure(part.value, part.unit)}`;
    case 'quantity':
      return `${part.subject ? `${part.subject} ` : ''}${figure(part.value, part.unit)}`;
    case 'range':
      return `${part.subject ? `${part.subject} ` : ''}${figure(part.low, null)}–${figure(part.high, part.unit)}`;
    case 'date': {
      const year = part.nextYear ? '次年' : part.year === null ? '' : `${part.year} 年 `;
      const month = part.month === null ? '' : `${part.month} 月`;
      const day = part.day === null ? '' : ` ${part.day} 日`;
      const end = part.endOfPeriod ? '底' : '';
      return `日期：${year}${month}${day}${end}${part.before ? '之前' : ''}`.trim();
    }
    case 'qualitative':
      return QUALITATIVE;
    default:
      return null;
  }
}

const QUALITATIVE = '文字表述，没有可比较的数字';
const UNREAD = '无法确切读出';

/** 明账's reading of a target or actual, in words, and whether it holds any figure. */
export function readingOf(text: string | undefined): { text: string; figures: boolean } | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const reading = readIndicatorExpression(text);
  if (reading.kind === 'empty') return undefined;
  if (reading.kind === 'unparsed') return { text: UNREAD, figures: false };
  if (reading.kind === 'compound') {
    const read = reading.parts.map((p) => (p.kind === 'qualitative' || p.kind === 'unparsed' ? null : partText(p))).filter((p): p is string => p !== null);
    if (read.length === 0) return { text: reading.parts.some((p) => p.kind === 'unparsed') ? UNREAD : QUALITATIVE, figures: false };
    const rest = read.length < reading.parts.length ? '；其余为文字表述' : '';
    return { text: `${read.join('；')}${rest}`, figures: true };
  }
  const t = partText(reading);
  if (t === null) return undefined;
  return { text: t, figures: reading.kind !== 'qualitative' };
}

/** 明账's reading of a target or actual, in words, or undefined when there is nothing to say. */
export function readingText(text: string | undefined): string | undefined {
  return readingOf(text)?.text;
}

/** A reading that only restates the published text (spaces, full-width signs) adds nothing to show. */
function sameReading(reading: string, published: string | undefined): boolean {
  return published !== undefined && normaliseExpression(reading) === normaliseExpression(published);
}

/** How the evaluator read a target, when the rule adds something the figure does not say. */
export const ruleWords: Partial<Record<EvaluationRule, string>> = {
  'name-operator': '比较方向取自指标名称',
  'cost-ceiling': '成本指标：不超过此数即达成',
  'planned-quantity': '计划数量：达到或超过即达成',
  'zero-quantity': '目标为 0：只有 0 算达成',
  approximate: '“左右”没有公布容差，无法判定',
  'identical-text': '实际与目标文字相同',
};

/** Status and readings of an indicator, from `indicator-evaluation.ts`. */
export const assessIndicator: Assess = (indicator, context) => {
  const evaluation = evaluateIndicator({
    name: indicator.name,
    groupPath: context.path,
    target: indicator.target,
    actual: indicator.actual,
    placeholder: indicator.placeholder,
  });
  const out: IndicatorAssessment = { status: evaluation.status, reason: evaluation.reason };
  const t = readingText(indicator.target);
  const a = readingOf(indicator.actual);
  const words = ruleWords[evaluation.rule];
  if (t !== undefined && (words || !sameReading(t, indicator.target))) out.targetReading = words ? `${t}（${words}）` : t;
  // An actual in prose is already shown verbatim; a reading adds something only when it found figures.
  if (a !== undefined && a.figures && !sameReading(a.text, indicator.actual)) out.actualReading = a.text;
  if (evaluation.ratio !== undefined) out.ratio = `${evaluation.ratio}%`;
  return out;
};
