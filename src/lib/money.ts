/**
 * Published amounts and rates, read exactly, and the four operations on them.
 *
 * A cell is kept as published (`"100.00"` and `"100"` are different publications of one
 * value) and read into plain decimal text plus the number of decimals it was printed with,
 * because that precision is what the rounding checks (`rounding-interval.ts`) work from.
 * Blank and dash cells are not zero: they come back as "empty", with the mark that was used.
 */
import { EMPTY_MARKS, NUMBER_PATTERN } from '../schemas/common';
import { decimalsOf, Dec, hasTooManyDigits, toDec, toDecimalText } from './decimal';
import { memoByText } from './memo';

export { roundHalfUp } from './decimal';

/** A mark a source uses for "no figure here": blank, `—`, `-`, `/`, `无` … */
export type EmptyMark = (typeof EMPTY_MARKS)[number];

/** A number as published in a cell. */
export interface PublishedNumber {
  kind: 'number';
  /** The cell verbatim (`"7,152.33"`). */
  text: string;
  /** Its value as plain decimal text, separators removed (`"7152.33"`). */
  value: string;
  /** Digits after the point as published: `"100.00"` → 2, `"100"` → 0. */
  decimals: number;
}

/** A rate as published. `value` is in percent whether or not the sign was printed (004 prints `69.46`). */
export interface PublishedRate {
  kind: 'rate';
  /** The cell verbatim (`"100％"`). */
  text: string;
  /** The rate in percent as plain decimal text (`"100"`, `"30.96"`). */
  value: string;
  /** Digits after the point as published. */
  decimals: number;
  /** The percent sign as printed, or null when the rate is printed bare. */
  percentSign: '%' | '％' | null;
}

/** A cell that carries no figure, and the mark the source used for it. */
export interface EmptyCell {
  kind: 'empty';
  text: string;
  mark: EmptyMark;
}

/** A cell that is neither a number nor an empty mark (the schema should have stopped it). */
export interface UnreadableCell {
  kind: 'unreadable';
  text: string;
}

export type AmountReading = PublishedNumber | EmptyCell | UnreadableCell;
export type RateReading = PublishedRate | EmptyCell | UnreadableCell;

const RATE_PATTERN = /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*([%％]?)$/;

function emptyMark(trimmed: string): EmptyMark | null {
  return (EMPTY_MARKS as readonly string[]).includes(trimmed) ? (trimmed as EmptyMark) : null;
}

/** Plain decimal text of a published number: separators and a plus sign dropped, value normalised. */
function plainValue(sign: string, digits: string): string {
  return toDecimalText(toDec(`${sign === '-' ? '-' : ''}${digits.replaceAll(',', '')}`));
}

/**
 * Reads an amount cell (`"7,152.33"`, `"100.00"`, `"0"`, `"-3.5"`, or an empty mark).
 * Surrounding white space is ignored; anything else that is not a number, or a number of
 * more than 30 digits, is "unreadable". The reading is shared between callers: do not modify it.
 */
export function parseAmount(text: string): AmountReading {
  return readAmount(text);
}

const readAmount = memoByText((text: string): AmountReading => {
  const trimmed = text.trim();
  const mark = emptyMark(trimmed);
  if (mark !== null) return { kind: 'empty', text, mark };
  if (!NUMBER_PATTERN.test(trimmed) || hasTooManyDigits(trimmed)) return { kind: 'unreadable', text };
  const negative = trimmed.startsWith('-');
  const digits = negative ? trimmed.slice(1) : trimmed;
  return { kind: 'number', text, value: plainValue(negative ? '-' : '', digits), decimals: decimalsOf(digits) };
});

/** Reads a rate cell (`"69.46"`, `"30.96%"`, `"100％"`, `"68.4%"`, `"+3.5%"`, or an empty mark). Shared: do not modify. */
export function parseRate(text: string): RateReading {
  return readRate(text);
}

const readRate = memoByText((text: string): RateReading => {
  const trimmed = text.trim();
  const mark = emptyMark(trimmed);
  if (mark !== null) return { kind: 'empty', text, mark };
  const match = RATE_PATTERN.exec(trimmed);
  if (match === null || hasTooManyDigits(trimmed)) return { kind: 'unreadable', text };
  const [, sign = '', digits = '', percent = ''] = match;
  return {
    kind: 'rate',
    text,
    value: plainValue(sign, digits),
    decimals: decimalsOf(digits),
    percentSign: percent === '%' || percent === '％' ? percent : null,
  };
});

/** A figure computed from others, or the reason it cannot be. */
export type DerivedFigure =
  | {
      status: 'known';
      /** The figure at the precision the documents publish it (a rate: two decimals). */
      value: string;
      /** The figure with every digit kept (a quotient: 40 significant digits). */
      exact: string;
    }
  | {
      status: 'unknown';
      /** Why, in short Chinese, for the page (`全年预算数为 0，无法计算执行率`). */
      reason: string;
    };

/** Exact sum of plain decimal texts. The empty sum is "0". */
export function sumValues(values: readonly string[]): string {
  return toDecimalText(values.reduce((total, v) => total.plus(toDec(v)), new Dec(0)));
}

/** Exact `a − b`. */
export function subtractValues(a: string, b: string): string {
  return toDecimalText(toDec(a).minus(toDec(b)));
}

/** Exact `a × b`. */
export function multiplyValues(a: string, b: string): string {
  return toDecimalText(toDec(a).times(toDec(b)));
}

/** `a ÷ b` to 40 significant digits, or null when `b` is zero (never Infinity or NaN). */
export function divideValues(a: string, b: string): string | null {
  const divisor = toDec(b);
  if (divisor.isZero()) return null;
  return toDecimalText(toDec(a).dividedBy(divisor));
}

/** The plain decimal value of a published amount cell, or undefined when it holds no figure (empty mark, unreadable, absent). */
export function amountValue(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const reading = parseAmount(text);
  return reading.kind === 'number' ? reading.value : undefined;
}

/** The plain decimal value (in percent) of a published rate cell, or undefined when it holds none. */
export function rateValue(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const reading = parseRate(text);
  return reading.kind === 'rate' ? reading.value : undefined;
}
