import { afterEach, describe, expect, it } from 'vitest';
import type { Agency } from '../../schemas/agency';
import { compareIsSplit, provinceDistributionView, splitMore } from './compare-split';
import type { ExecutionRow } from './findings';

const agencies = [
  { slug: 'nhsa', name: '国家医疗保障局', shortName: '国家医保局', level: 'national' },
  { slug: 'ningxia', name: '宁夏回族自治区医疗保障局', shortName: '宁夏医保局', level: 'province', regionCode: '640000' },
  { slug: 'yinchuan', name: '银川市医疗保障局', shortName: '银川市医保局', level: 'prefecture', regionCode: '640100' },
  { slug: 'fujian', name: '福建省医疗保障局', shortName: '福建医保局', level: 'province', regionCode: '350000' },
] as unknown as Agency[];

const row = (agency: string, fiscalYear: number, rate?: string) =>
  ({ context: { agency: { slug: agency }, fiscalYear }, rateOfAdjusted: rate === undefined ? { known: false, reason: '没有执行数' } : { known: true, value: rate } }) as unknown as ExecutionRow;

afterEach(() => {
  delete process.env.MINGZHANG_LIST_LIMIT;
});

describe('provinceDistributionView', () => {
  it('counts every row into its province and band, unknown rates apart, provinces in region-code order', () => {
    const v = provinceDistributionView([row('yinchuan', 2023, '45.10'), row('ningxia', 2024, '100.00'), row('yinchuan', 2023, '100.00'), row('fujian', 2024, '120.50'), row('ningxia', 2023)], agencies);
    expect(v.rows.map((r) => [r.slug, r.bands, r.total, r.unknown, r.agencyYears, r.years])).toEqual([
      ['fujian', [0, 0, 0, 0, 0, 1], 1, 0, 1, [2024]],
      ['ningxia', [1, 0, 0, 0, 2, 0], 3, 1, 2, [2023, 2024]],
    ]);
    expect(v.rows[0]!.href).toBe('/compare/province/fujian/');
    expect([v.total, v.unknown]).toEqual([4, 1]);
    expect(v.comparison.status).toBe('drawn');
    expect(v.comparison.reasons[0]).toContain('全部 4 个');
  });

  it('refuses a comparison of one province', () => {
    expect(provinceDistributionView([row('ningxia', 2023, '90.00'), row('yinchuan', 2023, '90.00')], agencies).comparison.status).toBe('refused');
  });
});

describe('splitMore and the limit', () => {
  it('counts a table\'s rows per province, linking to the anchor on each province page', () => {
    const m = splitMore(['yinchuan', 'nhsa', 'ningxia', 'yinchuan'], agencies, 'family-x', 3);
    expect([m.shown, m.total]).toEqual([3, 4]);
    expect(m.provinces.map((p) => [p.slug, p.count, p.href])).toEqual([
      ['nhsa', 1, '/compare/province/nhsa/#family-x'],
      ['ningxia', 3, '/compare/province/ningxia/#family-x'],
    ]);
  });

  it('splits /compare/ only with more execution rows than MINGZHANG_LIST_LIMIT', () => {
    process.env.MINGZHANG_LIST_LIMIT = '2';
    expect(compareIsSplit({ execution: [row('ningxia', 2023, '1'), row('ningxia', 2023, '1')] })).toBe(false);
    expect(compareIsSplit({ execution: [row('ningxia', 2023, '1'), row('ningxia', 2023, '1'), row('fujian', 2023, '1')] })).toBe(true);
  });
});
