import { describe, expect, it } from 'vitest';
import { conversionFactor, isDurationUnit, isMoneyUnit, splitUnit } from './indicator-units';

describe('indicator units', () => {
  it('splits 万 and 亿 off a unit as powers of ten', () => {
    expect(splitUnit('万元')).toEqual({ exponent: 4, base: '元' });
    expect(splitUnit('亿元')).toEqual({ exponent: 8, base: '元' });
    expect(splitUnit('万人次')).toEqual({ exponent: 4, base: '人次' });
    expect(splitUnit('万')).toEqual({ exponent: 0, base: '万' });
  });

  it('converts 元 / 万元 / 亿元 exactly and nothing across bases', () => {
    expect(conversionFactor('元', '万元')?.toFixed()).toBe('0.0001');
    expect(conversionFactor('亿元', '万元')?.toFixed()).toBe('10000');
    expect(conversionFactor('天', '个月')).toBeNull();
    expect(conversionFactor('次', '人次')).toBeNull();
  });

  it('knows money and duration units', () => {
    expect(isMoneyUnit('万元')).toBe(true);
    expect(isMoneyUnit('人')).toBe(false);
    expect(isDurationUnit('个月')).toBe(true);
    expect(isDurationUnit('次')).toBe(false);
  });
});
