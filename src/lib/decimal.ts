/**
 * The one decimal number type of 明账's arithmetic.
 *
 * Money and rates are never binary floating point: 0.1 + 0.2 must be 0.3, and a rate
 * printed as 69.46 must round the way the sources round (四舍五入, half away from zero).
 * The constructor is a local clone, so nothing here depends on, or changes, the global
 * `Decimal` configuration some other library might set.
 *
 * Decimal objects stay inside functions: everything that leaves `src/lib/` for the data
 * store or a page is plain decimal text (`"69.46"`), which serialises as it reads.
 */
import Decimal from 'decimal.js';
import { memoByText } from './memo';

/**
 * 40 significant digits: sums and differences of published figures are exact at that size,
 * and a quotient is off by less than 1e-39 of itself, far below any published precision.
 */
export const Dec = Decimal.clone({ rounding: Decimal.ROUND_HALF_UP, precision: 40 });

/** An instance of {@link Dec}. */
export type Dec = Decimal;

/**
 * The most digits a figure may have to be read. Nothing published comes close, and it keeps
 * every sum, difference and power-of-ten conversion exact within the 40 digits of {@link Dec}.
 */
export const MAX_FIGURE_DIGITS = 30;

/** True when a published number has more digits than {@link MAX_FIGURE_DIGITS}. */
export function hasTooManyDigits(text: string): boolean {
  return (text.match(/\d/g)?.length ?? 0) > MAX_FIGURE_DIGITS;
}

/** Plain decimal text: optional minus, digits, optional fraction. No exponent, no separators. */
export const DECIMAL_TEXT = /^-?\d+(?:\.\d+)?$/;

/** True when `text` is plain decimal text that {@link toDec} accepts. */
export function isDecimalText(text: string): boolean {
  return DECIMAL_TEXT.test(text);
}

/**
 * Reads plain decimal text. Throws on anything else, because Decimal itself would
 * silently accept `"1e5"`, `"0x1f"` or `"Infinity"`, none of which a source publishes.
 */
export function toDec(text: string): Dec {
  return readDecimal(text);
}

/** Decimal values are immutable, so one instance per text serves every reader. */
const readDecimal = memoByText((text: string): Dec => {
  if (!DECIMAL_TEXT.test(text)) throw new Error(`not plain decimal text: "${text}"`);
  return new Dec(text);
});

/** Plain decimal text of a value, every digit kept, never in exponent form, never "-0". */
export function toDecimalText(value: Dec): string {
  if (value.isZero()) return '0';
  return value.toFixed();
}

/** Rounds half away from zero (四舍五入) to `decimals` places and prints exactly that many. */
export function roundHalfUp(value: Dec, decimals: number): string {
  const text = value.toFixed(decimals, Dec.ROUND_HALF_UP);
  // "-0.00" is what a tiny negative rounds to; a page must not print a negative zero.
  return /^-0(?:\.0+)?$/.test(text) ? text.slice(1) : text;
}

/** Number of digits after the decimal point in a published number (`"100.00"` → 2, `"7,152"` → 0). */
export function decimalsOf(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}
