import { describe, expect, it } from 'vitest';
import { formatAmount, formatRate, formatWanYuanWithYi, groupDigits, wanYuanToYiYuan } from './format';

describe('groupDigits', () => {
  it.each([
    ['7306.97', '7,306.97'],
    ['221455.17', '221,455.17'],
    ['100', '100'],
    ['1000', '1,000'],
    ['4960000', '4,960,000'],
    ['-1234.5', '-1,234.5'],
    ['0.00001', '0.00001'],
  ])('groups %s as %s and leaves the decimals alone', (value, grouped) => {
    expect(groupDigits(value)).toBe(grouped);
  });

  it('refuses a JavaScript-style number string', () => {
    expect(() => groupDigits('1e21')).toThrow('"1e21"');
  });
});

describe('formatAmount', () => {
  it('prints the amount with its unit and the decimals as published', () => {
    expect(formatAmount('7306.97', '万元')).toBe('7,306.97 万元');
    expect(formatAmount('100.00', '万元')).toBe('100.00 万元');
    expect(formatAmount('590315.73', '元')).toBe('590,315.73 元');
  });

  it('rounds half-up only when asked', () => {
    expect(formatAmount('0.125', '万元', 2)).toBe('0.13 万元');
    expect(formatAmount('-0.125', '万元', 2)).toBe('-0.13 万元');
  });
});

describe('亿元 beside large 万元 amounts', () => {
  it('converts 万元 to 亿元 half-up', () => {
    expect(wanYuanToYiYuan('221455.17')).toBe('22.15');
    expect(wanYuanToYiYuan('223269.59')).toBe('22.33');
    expect(wanYuanToYiYuan('15000')).toBe('1.50');
  });

  it('adds "约 … 亿元" from 1 亿元 on, and nothing below', () => {
    expect(formatWanYuanWithYi('221455.17')).toBe('221,455.17 万元（约 22.15 亿元）');
    expect(formatWanYuanWithYi('7306.97')).toBe('7,306.97 万元');
    expect(formatWanYuanWithYi('9999.99')).toBe('9,999.99 万元');
  });

  it('drops "约" when the conversion is exact', () => {
    expect(formatWanYuanWithYi('30000')).toBe('30,000 万元（3.00 亿元）');
    expect(formatWanYuanWithYi('10000')).toBe('10,000 万元（1.00 亿元）');
  });
});

describe('formatRate', () => {
  it('prints two decimals, half-up, with a percent sign', () => {
    expect(formatRate('69.45588235294117647058823529411764705882')).toBe('69.46%');
    expect(formatRate('39.358333')).toBe('39.36%');
    expect(formatRate('100')).toBe('100.00%');
    expect(formatRate('4451.22')).toBe('4,451.22%');
  });

  it('rounds an exact half up, as the sources do (四舍五入)', () => {
    expect(formatRate('30.965')).toBe('30.97%');
    expect(formatRate('0.005')).toBe('0.01%');
  });

  it('never prints a negative zero', () => {
    expect(formatRate('-0.001')).toBe('0.00%');
  });
});
