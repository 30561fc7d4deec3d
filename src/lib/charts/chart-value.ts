/**
 * The one door through which figures enter chart geometry. d3 never validates (a bad value
 * becomes NaN and a bar silently vanishes), so every value is checked here first: it must be
 * plain decimal text, read with decimal.js, and only then turned into a JavaScript number,
 * which is used for pixel positions and nothing else.
 */
import { Dec, isDecimalText, toDec } from '../decimal';

/** A chart was given a value that is not plain decimal text. */
export class ChartValueError extends Error {
  constructor(
    readonly what: string,
    readonly value: unknown,
  ) {
    super(`chart value for ${what} must be plain decimal text such as "69.46", got ${JSON.stringify(value)}`);
    this.name = 'ChartValueError';
  }
}

/** Reads plain decimal text as a decimal, or throws naming the value and what it was for. */
export function chartDecimal(text: unknown, what: string): Dec {
  if (typeof text !== 'string' || !isDecimalText(text)) throw new ChartValueError(what, text);
  return toDec(text);
}

/** Reads plain decimal text as a number for pixel positions, or throws naming the value. */
export function chartValue(text: unknown, what: string): number {
  const n = chartDecimal(text, what).toNumber();
  if (!Number.isFinite(n)) throw new ChartValueError(what, text);
  return n;
}

/** Pixel positions rounded to 0.1 px: smaller SVG, and output that does not depend on float noise. */
export function px(n: number): number {
  return Math.round(n * 10) / 10;
}

export { Dec };
