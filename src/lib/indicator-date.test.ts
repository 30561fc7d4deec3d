import { describe, expect, it } from 'vitest';
import { compareDates, type DateReading, readDate } from './indicator-date';

function date(text: string): DateReading {
  const reading = readDate(text, text, null);
  if (reading === null) throw new Error(`not a date: ${text}`);
  return reading;
}

describe('readDate', () => {
  it('reads the day, month and year as written', () => {
    expect(date('2024年12月')).toMatchObject({ year: 2024, month: 12, day: null, before: false });
    expect(date('12月20日前')).toMatchObject({ year: null, month: 12, day: 20, before: true });
    expect(date('次年3月底')).toMatchObject({ nextYear: true, month: 3, endOfPeriod: true });
    expect(date('2024年底')).toMatchObject({ year: 2024, month: null, endOfPeriod: true });
  });

  it('refuses what is not a whole, real date', () => {
    for (const text of ['2月30日', '2023年2月29日', '13月', '前', '次年', '12个月', '1年', '12月20日前完成']) {
      expect(readDate(text, text, null)).toBeNull();
    }
    expect(readDate('2024年2月29日', '', null)).not.toBeNull();
  });
});

describe('compareDates', () => {
  it('treats a target date as a deadline', () => {
    expect(compareDates(date('2024年12月'), date('2024年12月31日'))).toBe('met');
    expect(compareDates(date('2024年12月'), date('2025年1月1日'))).toBe('missed');
    expect(compareDates(date('2024年'), date('2024年6月'))).toBe('met');
  });

  it('leaves the day named by "前" undecided, and the days around it decided', () => {
    expect(compareDates(date('12月20日前'), date('12月19日'))).toBe('met');
    expect(compareDates(date('12月20日前'), date('12月20日'))).toBe('unknown');
    expect(compareDates(date('12月20日前'), date('12月21日'))).toBe('missed');
    expect(compareDates(date('12月前'), date('11月30日'))).toBe('met');
  });

  it('reads an actual "before" date as possibly any earlier day', () => {
    expect(compareDates(date('12月20日'), date('12月1日前'))).toBe('met');
    expect(compareDates(date('12月1日'), date('12月20日前'))).toBe('unknown');
  });

  it('does not compare dates written against different years', () => {
    expect(compareDates(date('12月20日'), date('2024年12月1日'))).toBe('incomparable');
    expect(compareDates(date('3月'), date('次年3月'))).toBe('incomparable');
  });
});
