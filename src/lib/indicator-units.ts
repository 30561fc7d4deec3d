/**
 * Units of indicator figures, and the only conversions made between them.
 *
 * 万 (10^4) and 亿 (10^8) in front of a unit are exact powers of ten, so `万元`, `元` and
 * `亿元` convert into each other, as do `万人` and `人`. Nothing else converts: 个月 and 天,
 * or 次 and 人次, are different things as far as a published figure can tell.
 */
import { Dec } from './decimal';

const PREFIX_EXPONENTS: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };

/** A unit as a power of ten times a base unit: `万元` → 10^4 × `元`. */
export function splitUnit(unit: string): { exponent: number; base: string } {
  const exponent = PREFIX_EXPONENTS[unit.charAt(0)];
  if (exponent !== undefined && unit.length > 1) return { exponent, base: unit.slice(1) };
  return { exponent: 0, base: unit };
}

/** The factor that turns a figure in `from` into one in `to`, or null when they do not convert. */
export function conversionFactor(from: string, to: string): Dec | null {
  if (from === to) return new Dec(1);
  const a = splitUnit(from);
  const b = splitUnit(to);
  if (a.base !== b.base) return null;
  return new Dec(10).pow(a.exponent - b.exponent);
}

/** True for money units: the base is 元. */
export function isMoneyUnit(unit: string | null): boolean {
  return unit !== null && splitUnit(unit).base === '元';
}

/** Units of elapsed time, as targets under 时效指标 print them. */
const DURATION_UNITS = new Set(['秒', '分钟', '小时', '天', '日', '工作日', '个工作日', '周', '个月', '月', '年']);

/** True for a unit of elapsed time (`个月`, `分钟`, `工作日`). */
export function isDurationUnit(unit: string | null): boolean {
  return unit !== null && DURATION_UNITS.has(unit);
}
