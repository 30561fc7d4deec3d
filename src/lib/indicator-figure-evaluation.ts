/**
 * Evaluation of a figure target against a figure actual: units reconciled, the target read
 * as a set of allowed values (with the rules for bare targets), the actual as the set of
 * values it admits, then containment decides.
 */
import { Dec, roundHalfUp, toDec } from './decimal';
import type { FigureReading } from './indicator-expression';
import type { EvaluationRule, IndicatorContext, IndicatorEvaluation } from './indicator-evaluation';
import { conversionFactor, isDurationUnit } from './indicator-units';
import { isDisjoint, isSubset, type NumericSet, pointSet, rangeSet, setOf } from './numeric-set';

/** Plain words for operators in reasons. */
const OPERATOR_SIGNS = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=', '≈': '≈', '≠': '≠' } as const;

interface TargetSet {
  set: NumericSet;
  rule: EvaluationRule;
  /** The target as it is applied (`≤7万元`). */
  shown: string;
  /** How a bare target was read, said before the verdict; "" when the target states its operator. */
  reading: string;
  /** The single figure the target names, for the achievement ratio. */
  value: Dec | null;
}

const show = (value: string, unit: string | null): string => `${value}${unit ?? ''}`;

/** The target as a set, following the rules for bare figures; null for `≈`. */
function targetSet(target: FigureReading, unit: string | null, context: IndicatorContext): TargetSet | null {
  if (target.kind === 'range') {
    const shown = `${show(target.low, null)}~${show(target.high, unit)}`;
    return { set: rangeSet(toDec(target.low), toDec(target.high)), rule: 'range', shown, reading: '', value: null };
  }
  const value = toDec(target.value);
  const figure = show(target.value, unit);
  if (target.kind === 'comparison') {
    const set = setOf(target.op, value);
    return set === null ? null : { set, rule: 'comparison', shown: `${OPERATOR_SIGNS[target.op]}${figure}`, reading: '', value };
  }
  const nameOp = context.name.op;
  if (nameOp !== null && nameOp !== '≈' && nameOp !== '≠') {
    const set = setOf(nameOp, value);
    if (set !== null) {
      const shown = `${OPERATOR_SIGNS[nameOp]}${figure}`;
      return { set, rule: 'name-operator', shown, reading: `目标按指标名称中的“${context.name.operatorText ?? ''}”理解为 ${shown}；`, value };
    }
  }
  if (value.isZero()) return { set: pointSet(value), rule: 'zero-quantity', shown: `=${figure}`, reading: '目标为 0，按“无”理解；', value };
  if (context.cost) {
    return { set: setOf('<=', value) ?? pointSet(value), rule: 'cost-ceiling', shown: `≤${figure}`, reading: '成本目标按上限理解；', value };
  }
  if (context.timeliness && isDurationUnit(unit)) {
    return { set: setOf('<=', value) ?? pointSet(value), rule: 'time-limit', shown: `≤${figure}`, reading: '时效目标按时限理解；', value };
  }
  return { set: setOf('>=', value) ?? pointSet(value), rule: 'planned-quantity', shown: `≥${figure}`, reading: '目标为计划数，按“不少于”理解；', value };
}

/** The values an actual admits, after conversion into the target's unit; null for `≈` and `≠`. */
function actualSet(actual: FigureReading, factor: Dec): { set: NumericSet; point: Dec | null } | null {
  if (actual.kind === 'range') return { set: rangeSet(toDec(actual.low).times(factor), toDec(actual.high).times(factor)), point: null };
  const value = toDec(actual.value).times(factor);
  if (actual.kind === 'quantity') return { set: pointSet(value), point: value };
  const set = setOf(actual.op, value);
  return set === null ? null : { set, point: actual.op === '=' ? value : null };
}

/** The units both sides are compared in, and the factor that brings the actual into the target's. */
function reconcileUnits(target: FigureReading, actual: FigureReading, context: IndicatorContext) {
  const targetUnit = target.unit ?? context.name.unit;
  if (actual.unit === null) {
    // Both bare, with the unit in the indicator's name: nothing was assumed.
    const note = target.unit === null ? '' : `（实际值未写单位，按目标单位“${target.unit}”理解）`;
    return { unit: targetUnit, factor: new Dec(1), note };
  }
  if (targetUnit === null) return { unit: actual.unit, factor: new Dec(1), note: `（目标未写单位，按实际单位“${actual.unit}”理解）` };
  const factor = conversionFactor(actual.unit, targetUnit);
  if (factor === null) return null;
  const note = factor.equals(1) ? '' : `（实际单位“${actual.unit}”已换算为“${targetUnit}”）`;
  return { unit: targetUnit, factor, note };
}

/** Actual ÷ target in percent, where both are single figures and the target is not zero. */
function achievementRatio(actual: Dec | null, target: Dec | null): string | undefined {
  if (actual === null || target === null || target.isZero()) return undefined;
  return roundHalfUp(actual.dividedBy(target).times(100), 2);
}

export function evaluateFigures(target: FigureReading, actual: FigureReading, context: IndicatorContext): IndicatorEvaluation {
  if (target.subject !== null && actual.subject !== null && target.subject !== actual.subject) {
    return { status: 'unknown', rule: 'not-evaluable', reason: `目标与实际所指不同（${target.subject} / ${actual.subject}）` };
  }
  const units = reconcileUnits(target, actual, context);
  if (units === null) {
    return { status: 'unknown', rule: 'not-evaluable', reason: `单位不一致：目标为“${target.unit ?? context.name.unit ?? ''}”，实际为“${actual.unit ?? ''}”` };
  }
  const allowed = targetSet(target, units.unit, context);
  const admitted = actualSet(actual, units.factor);
  const ratio = achievementRatio(admitted?.point ?? null, target.kind === 'range' ? null : toDec(target.value));
  const withRatio = (result: IndicatorEvaluation): IndicatorEvaluation => (ratio === undefined ? result : { ...result, ratio });
  // "实际 80.52% 不符合…" but "实际值“≥30次”只给出…": a space only after a bare figure.
  const actualShown = actual.kind === 'quantity' ? `实际 ${show(actual.value, actual.unit ?? units.unit)} ` : `实际值“${actual.text.trim()}”`;

  if (allowed === null) {
    return withRatio({
      status: 'unknown',
      rule: 'approximate',
      reason: `目标“${target.text.trim()}”未规定允许偏差，不作判断；${actualShown.trimEnd()}${units.note}`,
    });
  }
  if (admitted === null) {
    return { status: 'unknown', rule: allowed.rule, reason: `${actualShown}为约数，无法与目标 ${allowed.shown} 比较` };
  }
  if (isSubset(admitted.set, allowed.set)) {
    return withRatio({ status: 'met', rule: allowed.rule, reason: `${allowed.reading}${actualShown}符合目标 ${allowed.shown}${units.note}` });
  }
  if (isDisjoint(admitted.set, allowed.set)) {
    return withRatio({ status: 'missed', rule: allowed.rule, reason: `${allowed.reading}${actualShown}不符合目标 ${allowed.shown}${units.note}` });
  }
  return {
    status: 'unknown',
    rule: allowed.rule,
    reason: `${allowed.reading}${actualShown}只给出范围，不能确定是否符合目标 ${allowed.shown}${units.note}`,
  };
}
