/**
 * Operators and units hidden in an indicator's name (三级指标): 001 publishes
 * `成本不超过` with the bare target `55646万元`, and many layouts put the unit in brackets
 * (`参保人数（人）`, `开展相关工作所需成本支出（万元）`). The evaluator applies a name's
 * operator to a bare target, and its unit to targets printed without one.
 */
import type { ComparisonOperator } from './indicator-terms';
import { normaliseExpression, splitTrailingNote } from './indicator-text';

export interface IndicatorNameReading {
  /** The operator the name ends with, or null. */
  op: ComparisonOperator | null;
  /** That operator as published (`不超过`), or null. */
  operatorText: string | null;
  /** The unit in trailing brackets (`人` from `参保人数（人）`), or null. */
  unit: string | null;
  /** The name without them (`成本`, `参保人数`). */
  subject: string;
}

/** Longest first, so `不超过` wins over `超过`. Only at the very end of a name. */
const NAME_OPERATORS: ReadonlyArray<readonly [string, ComparisonOperator]> = [
  ['大于等于', '>='],
  ['小于等于', '<='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['不大于', '<='],
  ['不多于', '<='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['至少', '>='],
  ['至多', '<='],
  ['最多', '<='],
  ['超过', '>'],
  ['高于', '>'],
  ['大于', '>'],
  ['低于', '<'],
  ['小于', '<'],
  ['≥', '>='],
  ['≤', '<='],
  ['>', '>'],
  ['<', '<'],
];

const NAME_UNIT = /^(?:%|‰|[\p{Script=Han}A-Za-z]{1,4}(?:\/[\p{Script=Han}A-Za-z]{1,3})?)$/u;

/** Reads the operator and unit an indicator name carries at its end. */
export function readIndicatorName(name: string): IndicatorNameReading {
  const normalised = normaliseExpression(name.trim());
  const { body, note } = splitTrailingNote(normalised);
  const unit = note !== null && NAME_UNIT.test(note) ? note : null;
  const rest = unit === null ? normalised : body;
  const found = NAME_OPERATORS.find(([word]) => rest.endsWith(word) && rest.length > word.length);
  if (found === undefined) return { op: null, operatorText: null, unit, subject: rest };
  return { op: found[1], operatorText: found[0], unit, subject: rest.slice(0, -found[0].length) };
}
