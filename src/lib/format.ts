/**
 * Display text for figures: digit grouping, units, 亿元 beside large 万元 amounts, rates.
 *
 * Inputs are plain decimal text (from `money.ts`), never JavaScript numbers, so nothing is
 * rounded by accident on the way to a page. Rounding, where asked for, is half-up (四舍五入),
 * the rule the sources state.
 */
import { Dec, isDecimalText, roundHalfUp, toDec } from './decimal';

/** Units an amount is published in. */
export type MoneyUnit = '万元' | '元' | '亿元';

/** From this many 万元 on (1 亿元), an amount gets its 亿元 equivalent beside it. */
export const YI_THRESHOLD_WAN = '10000';

/**
 * Groups the integer digits of plain decimal text in threes (`"7306.97"` → `"7,306.97"`),
 * as zh-CN prints them. Decimals are left exactly as given.
 */
export function groupDigits(value: string): string {
  if (!isDecimalText(value)) throw new Error(`groupDigits expects plain decimal text, got "${value}"`);
  const negative = value.startsWith('-');
  const unsigned = negative ? value.slice(1) : value;
  const [integer = '', fraction] = unsigned.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * An amount with its unit: `"7306.97", "万元"` → `"7,306.97 万元"`. The decimals are kept
 * as given (a published `100.00` stays `100.00`) unless `decimals` asks for rounding.
 */
export function formatAmount(value: string, unit: MoneyUnit, decimals?: number): string {
  const shown = decimals === undefined ? value : roundHalfUp(toDec(value), decimals);
  return `${groupDigits(shown)} ${unit}`;
}

/** 万元 → 亿元, half-up to `decimals` places: `"221455.17"` → `"22.15"`. */
export function wanYuanToYiYuan(value: string, decimals = 2): string {
  return roundHalfUp(toDec(value).dividedBy(10_000), decimals);
}

/**
 * A 万元 amount, with its 亿元 equivalent beside it when it reaches 1 亿元:
 * `"221455.17"` → `"221,455.17 万元（约 22.15 亿元）"`. "约" is written only when the
 * conversion rounded something away (`"30000"` → `"30,000 万元（3.00 亿元）"`).
 */
export function formatWanYuanWithYi(value: string): string {
  const amount = formatAmount(value, '万元');
  const wan = toDec(value);
  if (wan.abs().lessThan(new Dec(YI_THRESHOLD_WAN))) return amount;
  const yi = wanYuanToYiYuan(value);
  const exact = new Dec(yi).equals(wan.dividedBy(10_000));
  return `${amount}（${exact ? '' : '约 '}${groupDigits(yi)} 亿元）`;
}

/** A rate in percent, half-up to `decimals` places (default 2): `"69.4558…"` → `"69.46%"`. */
export function formatRate(value: string, decimals = 2): string {
  return `${groupDigits(roundHalfUp(toDec(value), decimals))}%`;
}
