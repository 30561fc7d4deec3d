/**
 * Money in the synthetic corpus: amounts are whole hundredths of 万元 (integers, exact), so
 * parts add up to their totals by construction; only the printing turns them into text.
 * Rates are computed with decimal.js and rounded half-up (四舍五入) like the sources.
 */
import { Dec, roundHalfUp } from '../../src/lib/decimal';
import { groupDigits } from '../../src/lib/format';
import type { Rng } from './prng';

/** An amount in hundredths of the unit (万元): 715233 is 7,152.33 万元. */
export type Cents = number;

/** Whole 万元 to cents. */
export const wan = (n: number): Cents => Math.round(n * 100);

/** `715233` → `"7152.33"`, or `"7,152.33"` when grouped as the final-accounts tables print it. */
export function money(c: Cents, grouped = false): string {
  const sign = c < 0 ? '-' : '';
  const abs = Math.abs(c);
  const text = `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return grouped ? groupDigits(text) : text;
}

/** B ÷ A in percent, two decimals half-up (`"69.46"`); "0.00" when A is 0. */
export function rate(part: Cents, whole: Cents): string {
  if (whole === 0) return '0.00';
  return roundHalfUp(new Dec(part).dividedBy(whole).times(100), 2);
}

/** Splits a total into n non-negative parts with random weights; the parts add up exactly. */
export function split(rng: Rng, total: Cents, n: number, weights?: readonly number[]): Cents[] {
  if (n <= 0) return [];
  const given = weights ?? Array.from({ length: n }, () => 0.2 + rng.next());
  const w = given.some((x) => x > 0) ? given : given.map(() => 1);
  const sum = w.reduce((a, b) => a + b, 0);
  const parts = w.map((x) => Math.floor((total * x) / sum));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % n, rest--) parts[i]! += 1;
  return parts;
}

export const sum = (parts: readonly Cents[]): Cents => parts.reduce((a, b) => a + b, 0);
