/**
 * Which indicators chart c may draw, and with what numbers. Only where the indicator
 * evaluation compared one figure with one figure (it then gives an achievement ratio), the
 * target names a direction, and the actual is in the target's own unit (or prints none):
 * anything else would put two different things on one scale.
 */
import type { IndicatorEvaluation } from '../indicator-evaluation';
import { type ComparisonOperator, readIndicatorExpression, readIndicatorName } from '../indicator-expression';
import type { BulletComparison, IndicatorBulletDatum } from './indicator-bullets';

export interface BulletSource {
  id: string;
  /** 三级指标 as published. */
  name: string;
  /** Target and actual verbatim. */
  target: string | undefined;
  actual: string | undefined;
  href?: string;
}

const SIGNS: Partial<Record<ComparisonOperator, BulletComparison>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/** The bullet-chart datum of an indicator, or null when its comparison is not one figure against one figure in one unit. */
export function indicatorBulletDatum(source: BulletSource, evaluation: IndicatorEvaluation): IndicatorBulletDatum | null {
  if (evaluation.ratio === undefined || source.target === undefined || source.actual === undefined) return null;
  const target = readIndicatorExpression(source.target);
  const actual = readIndicatorExpression(source.actual);
  if (target.kind !== 'comparison' && target.kind !== 'quantity') return null;
  if (actual.kind !== 'quantity' && !(actual.kind === 'comparison' && actual.op === '=')) return null;
  const name = readIndicatorName(source.name);
  const unit = target.unit ?? name.unit;
  if (actual.unit !== null && actual.unit !== unit) return null;

  let comparison: BulletComparison | undefined;
  switch (evaluation.rule) {
    case 'comparison':
      comparison = target.kind === 'comparison' ? SIGNS[target.op] : undefined;
      break;
    case 'name-operator':
      comparison = name.op === null ? undefined : SIGNS[name.op];
      break;
    case 'cost-ceiling':
      comparison = '≤';
      break;
    case 'planned-quantity':
      comparison = '≥';
      break;
    case 'zero-quantity':
      comparison = '=';
      break;
    default:
      comparison = undefined;
  }
  if (comparison === undefined) return null;
  return {
    id: source.id,
    label: source.name,
    ...(source.href ? { href: source.href } : {}),
    comparison,
    target: target.value,
    actual: actual.value,
    targetText: source.target,
    actualText: source.actual,
    unit: unit ?? '',
    status: evaluation.status,
  };
}
