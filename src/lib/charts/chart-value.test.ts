import { describe, expect, it } from 'vitest';
import { ChartValueError, chartDecimal, chartValue, px } from './chart-value';
import { layoutFor } from './chart-frame';

describe('chartValue', () => {
  it('reads plain decimal text', () => {
    expect(chartValue('69.46', 'rate')).toBe(69.46);
    expect(chartValue('-2.5', 'unspent')).toBe(-2.5);
    expect(chartDecimal('7.821491', 'amount').toFixed()).toBe('7.821491');
  });

  it('refuses what d3 would turn into NaN, naming the value and its use', () => {
    for (const bad of ['', '—', '7,152.33', '30.96%', '1e5', 'NaN', 'Infinity', null, undefined, 69.46]) {
      expect(() => chartValue(bad, 'execution rate of p03')).toThrow(ChartValueError);
    }
    expect(() => chartValue('—', 'execution rate of p03')).toThrow(/execution rate of p03.*"—"/);
  });
});

describe('px', () => {
  it('rounds pixel positions to a tenth', () => {
    expect(px(12.345)).toBe(12.3);
    expect(px(0.1 + 0.2)).toBe(0.3);
  });
});

describe('layoutFor', () => {
  it('stacks labels above bars on a phone and puts them beside bars on a desktop', () => {
    expect(layoutFor({ width: 336 })).toBe('stacked');
    expect(layoutFor({ width: 720 })).toBe('side');
  });

  it('refuses a width too small to draw in', () => {
    expect(() => layoutFor({ width: 100 })).toThrow(/200 px/);
    expect(() => layoutFor({ width: Number.NaN })).toThrow(/200 px/);
  });
});
