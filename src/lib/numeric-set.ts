/**
 * Sets of numbers an indicator figure allows: `≥85` is [85, ∞), `＞150` is (150, ∞),
 * `80~90` is [80, 90], a plain `74.26` is the single point 74.26.
 *
 * Evaluation is set containment, which is what makes it honest when the actual is itself
 * a comparison: `≥30` (the actual) lies inside `≥35` (the target) for no value of ≥30 that
 * is below 35, so it is neither met nor missed — it is unknown.
 */
import type { ComparisonOperator } from './indicator-terms';
import type { Dec } from './decimal';

/** One end of a set; null means unbounded. */
export interface Bound {
  value: Dec;
  closed: boolean;
}

/** A non-empty interval of numbers. */
export interface NumericSet {
  low: Bound | null;
  high: Bound | null;
}

/** The set an operator allows around a value. Null for `≈` and `≠`, which allow no definite set. */
export function setOf(op: ComparisonOperator, value: Dec): NumericSet | null {
  switch (op) {
    case '>=':
      return { low: { value, closed: true }, high: null };
    case '>':
      return { low: { value, closed: false }, high: null };
    case '<=':
      return { low: null, high: { value, closed: true } };
    case '<':
      return { low: null, high: { value, closed: false } };
    case '=':
      return pointSet(value);
    default:
      return null;
  }
}

export function pointSet(value: Dec): NumericSet {
  return { low: { value, closed: true }, high: { value, closed: true } };
}

export function rangeSet(low: Dec, high: Dec): NumericSet {
  return { low: { value: low, closed: true }, high: { value: high, closed: true } };
}

/** True when every number in `inner` is in `outer`. */
export function isSubset(inner: NumericSet, outer: NumericSet): boolean {
  const lowInside =
    outer.low === null ||
    (inner.low !== null &&
      (inner.low.value.greaterThan(outer.low.value) ||
        (inner.low.value.equals(outer.low.value) && (outer.low.closed || !inner.low.closed))));
  const highInside =
    outer.high === null ||
    (inner.high !== null &&
      (inner.high.value.lessThan(outer.high.value) ||
        (inner.high.value.equals(outer.high.value) && (outer.high.closed || !inner.high.closed))));
  return lowInside && highInside;
}

/** True when the set ending at `high` lies wholly below the set starting at `low`. */
function endsBefore(high: Bound | null, low: Bound | null): boolean {
  if (high === null || low === null) return false;
  return high.value.lessThan(low.value) || (high.value.equals(low.value) && !(high.closed && low.closed));
}

/** True when no number is in both sets. */
export function isDisjoint(a: NumericSet, b: NumericSet): boolean {
  return endsBefore(a.high, b.low) || endsBefore(b.high, a.low);
}
