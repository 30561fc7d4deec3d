import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { Dec, decimalsOf, isDecimalText, roundHalfUp, toDec, toDecimalText } from './decimal';

describe('the local Decimal', () => {
  it('rounds half away from zero, as 四舍五入 does', () => {
    expect(roundHalfUp(toDec('2.345'), 2)).toBe('2.35');
    expect(roundHalfUp(toDec('-2.345'), 2)).toBe('-2.35');
    expect(roundHalfUp(toDec('2.5'), 0)).toBe('3');
  });

  it('leaves the global Decimal configuration alone', () => {
    expect(Dec).not.toBe(Decimal);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
    expect(Dec.precision).toBe(40);
  });

  it('prints every digit, never an exponent or a negative zero', () => {
    expect(toDecimalText(toDec('0.0000001'))).toBe('0.0000001');
    expect(toDecimalText(new Dec('1e25'))).toBe('10000000000000000000000000');
    expect(toDecimalText(toDec('-0'))).toBe('0');
    expect(roundHalfUp(toDec('-0.001'), 2)).toBe('0.00');
  });

  it('accepts only plain decimal text', () => {
    for (const bad of ['1e5', '0x1f', 'Infinity', 'NaN', '1,000', ' 1', '+1', '.5', '5.']) {
      expect(isDecimalText(bad)).toBe(false);
      expect(() => toDec(bad)).toThrow(bad);
    }
    expect(isDecimalText('-12.50')).toBe(true);
  });

  it('counts published decimals', () => {
    expect(decimalsOf('100.00')).toBe(2);
    expect(decimalsOf('7,152')).toBe(0);
    expect(decimalsOf('7.821491')).toBe(6);
  });
});
