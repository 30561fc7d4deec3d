/**
 * Rounding is not an error. A figure published with d decimals stands for every value that
 * rounds to it: [v − 0.5·10^-d, v + 0.5·10^-d]. Sums, differences and ratios of such figures
 * therefore fall in an interval, and a published total or rate is consistent with its parts
 * when its own interval meets that interval. Only a gap beyond rounding is a finding.
 *
 * Examples (domain.md §3): 003's year-start parts add to 712.77 against a stated 712.76
 * (consistent); 004's 增长 4451.22% against 146.11 / 3.28 = 4454.57% (consistent); 001's
 * 0.82 + 1.88 + 0.82 + 5.01 = 8.53 against 7.821491 (a real inconsistency).
 *
 * Intervals are closed, and computed exactly for sums and differences; quotients carry 40
 * significant digits, so a tie at an endpoint is decided exactly whenever it can occur
 * (a terminating quotient).
 */
import { Dec, toDec, toDecimalText } from './decimal';
import { parseAmount, parseRate, type PublishedNumber } from './money';

/** A closed interval, its ends as plain decimal text. */
export interface Interval {
  low: string;
  high: string;
}

/** An interval, or why none can be given. */
export type IntervalResult = { status: 'known'; interval: Interval } | { status: 'unknown'; reason: string };

export interface PrecisionOptions {
  /**
   * The layout's column precision, when known. Sources drop trailing zeros (`237.9` for
   * 237.90, `9941` for 9941.00), so the printed decimals are only a lower bound on the
   * precision; without this option the wider, printed reading is used. Default: none.
   */
  atLeastDecimals?: number;
  /** Read an empty-marked part (`—`, blank) as zero in a sum. Default false: it makes the check unknown. */
  emptyMeansZero?: boolean;
}

/** The figures behind a consistency check, shown on both sides of a finding. */
export interface ConsistencyFigures {
  /** The stated figure's value (`"712.76"`). */
  stated: string;
  /** The interval the stated figure stands for, given its own precision. */
  statedInterval: Interval;
  /** The same computation on the published values, exactly (`"712.77"`). */
  computed: string;
  /** Where the true result lies, given the precision of every input. */
  derived: Interval;
  /** stated − computed. */
  difference: string;
  /** How far the stated interval lies outside the derived one; "0" when consistent. */
  gap: string;
}

/** The result of checking a published total or rate against the figures it derives from. */
export type ConsistencyCheck =
  | ({ status: 'consistent' } & ConsistencyFigures)
  | ({ status: 'inconsistent' } & ConsistencyFigures)
  | { status: 'unknown'; reason: string };

interface DecInterval {
  low: Dec;
  high: Dec;
}

const toText = (i: DecInterval): Interval => ({ low: toDecimalText(i.low), high: toDecimalText(i.high) });
const fromText = (i: Interval): DecInterval => ({ low: toDec(i.low), high: toDec(i.high) });

/** Reads a published figure: an amount (`7,152.33`) or a rate (`30.96%`, `100％`). */
function readFigure(text: string): PublishedNumber | { kind: 'empty' | 'unreadable'; text: string } {
  const amount = parseAmount(text);
  if (amount.kind !== 'unreadable') return amount;
  const rate = parseRate(text);
  if (rate.kind === 'rate') return { kind: 'number', text, value: rate.value, decimals: rate.decimals };
  return rate;
}

function intervalOf(figure: PublishedNumber, options: PrecisionOptions): DecInterval {
  const value = toDec(figure.value);
  // A bare 0 is what layouts print for "no money in this line": read it as exactly zero, or
  // a ±0.5 万元 (5,000 yuan) slack would hide behind every empty line of a sum.
  if (value.isZero() && figure.decimals === 0 && options.atLeastDecimals === undefined) return { low: value, high: value };
  const decimals = Math.max(figure.decimals, options.atLeastDecimals ?? 0);
  const half = new Dec(5).times(new Dec(10).pow(-(decimals + 1)));
  return { low: value.minus(half), high: value.plus(half) };
}

/** The interval a published figure stands for: `"3.28"` → [3.275, 3.285]; `"0"` → [0, 0]. */
export function publishedInterval(text: string, options: PrecisionOptions = {}): IntervalResult {
  const figure = readFigure(text);
  if (figure.kind !== 'number') return { status: 'unknown', reason: `“${text}”不是数字` };
  return { status: 'known', interval: toText(intervalOf(figure, options)) };
}

/** The interval of a sum: the sum of lows to the sum of highs. */
export function addIntervals(intervals: readonly Interval[]): Interval {
  const sum = intervals.map(fromText).reduce((a, b) => ({ low: a.low.plus(b.low), high: a.high.plus(b.high) }), {
    low: new Dec(0),
    high: new Dec(0),
  });
  return toText(sum);
}

/** The interval of a − b. */
export function subtractIntervals(a: Interval, b: Interval): Interval {
  const x = fromText(a);
  const y = fromText(b);
  return toText({ low: x.low.minus(y.high), high: x.high.minus(y.low) });
}

/** The interval of a ÷ b × 100 (a percentage). Unknown when b's interval contains 0. */
export function percentIntervals(a: Interval, b: Interval): IntervalResult {
  const x = fromText(a);
  const y = fromText(b);
  if (y.low.lessThanOrEqualTo(0) && y.high.greaterThanOrEqualTo(0)) {
    return { status: 'unknown', reason: `分母可能为 0（取值区间 ${b.low} 至 ${b.high}），比率无从确定` };
  }
  const corners = [x.low.div(y.low), x.low.div(y.high), x.high.div(y.low), x.high.div(y.high)].map((q) => q.times(100));
  return { status: 'known', interval: toText({ low: Dec.min(...corners), high: Dec.max(...corners) }) };
}

/**
 * Checks a stated figure against the interval derived from its inputs. The stated figure
 * is widened by its own precision: consistent when the two intervals meet.
 */
export function checkStated(stated: string, derived: Interval, computed: string, options: PrecisionOptions = {}): ConsistencyCheck {
  const figure = readFigure(stated);
  if (figure.kind !== 'number') return { status: 'unknown', reason: `所列数“${stated}”不是数字` };
  const own = intervalOf(figure, options);
  const range = fromText(derived);
  const gap = Dec.max(new Dec(0), range.low.minus(own.high), own.low.minus(range.high));
  const figures: ConsistencyFigures = {
    stated: figure.value,
    statedInterval: toText(own),
    computed,
    derived,
    difference: toDecimalText(toDec(figure.value).minus(toDec(computed))),
    gap: toDecimalText(gap),
  };
  return gap.isZero() ? { status: 'consistent', ...figures } : { status: 'inconsistent', ...figures };
}

type Inputs = { ok: true; figures: PublishedNumber[] } | { ok: false; reason: string };

function readInputs(texts: readonly string[], options: PrecisionOptions): Inputs {
  const figures: PublishedNumber[] = [];
  for (const text of texts) {
    const figure = readFigure(text);
    if (figure.kind === 'number') figures.push(figure);
    else if (figure.kind === 'empty' && options.emptyMeansZero === true) figures.push({ kind: 'number', text, value: '0', decimals: 0 });
    else return { ok: false, reason: `“${text}”不是数字，无法核对` };
  }
  return { ok: true, figures };
}

/** Do the published parts add up to the stated total, allowing for rounding? */
export function checkSum(parts: readonly string[], stated: string, options: PrecisionOptions = {}): ConsistencyCheck {
  const inputs = readInputs(parts, options);
  if (!inputs.ok) return { status: 'unknown', reason: inputs.reason };
  const derived = addIntervals(inputs.figures.map((f) => toText(intervalOf(f, options))));
  const computed = toDecimalText(inputs.figures.reduce((sum, f) => sum.plus(toDec(f.value)), new Dec(0)));
  return checkStated(stated, derived, computed, options);
}

/** Is the stated difference a − b consistent with the published a and b? */
export function checkDifference(a: string, b: string, stated: string, options: PrecisionOptions = {}): ConsistencyCheck {
  const inputs = readInputs([a, b], options);
  if (!inputs.ok) return { status: 'unknown', reason: inputs.reason };
  const [x, y] = inputs.figures as [PublishedNumber, PublishedNumber];
  const derived = subtractIntervals(toText(intervalOf(x, options)), toText(intervalOf(y, options)));
  return checkStated(stated, derived, toDecimalText(toDec(x.value).minus(toDec(y.value))), options);
}

/** Is the stated rate (percent, `%` optional) consistent with numerator ÷ denominator? */
export function checkRatio(numerator: string, denominator: string, statedPercent: string, options: PrecisionOptions = {}): ConsistencyCheck {
  const inputs = readInputs([numerator, denominator], options);
  if (!inputs.ok) return { status: 'unknown', reason: inputs.reason };
  const [x, y] = inputs.figures as [PublishedNumber, PublishedNumber];
  if (toDec(y.value).isZero()) return { status: 'unknown', reason: `分母“${denominator}”为 0，比率无从计算` };
  const derived = percentIntervals(toText(intervalOf(x, options)), toText(intervalOf(y, options)));
  if (derived.status === 'unknown') return derived;
  const computed = toDecimalText(toDec(x.value).div(toDec(y.value)).times(100));
  return checkStated(statedPercent, derived.interval, computed, options);
}
