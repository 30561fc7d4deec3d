import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, type SiteData } from '../site/dataset';
import { agencyYears, agencyYearView } from './agency-year';

let data: SiteData;
beforeAll(async () => {
  data = await loadSiteData();
});

describe('agencyYearView: 宁德 2024', () => {
  it('puts the bureau’s own spending first, as published, and says which money it is', () => {
    const v = agencyYearView(data, 'fujian-ningde', 2024);
    const [first] = v.headlines;
    expect(first).toMatchObject({ id: 'own-expenditure', kind: 'own', kindWords: '本部门决算', text: '7,306.97 万元', computed: false });
    expect(first!.parts.map((p) => p.label)).toEqual(['基本支出', '项目支出']);
    expect(first!.source?.label).toMatch(/^原文第/);
  });

  it('adds up the project tables as a separate, computed figure, never with the own budget', () => {
    const v = agencyYearView(data, 'fujian-ningde', 2024);
    const managed = v.headlines.find((h) => h.kind === 'managed')!;
    expect(managed).toMatchObject({ computed: true, text: '223,269.59 万元', yi: '约 22.33 亿元' });
    expect(v.headlines.some((h) => h.text.startsWith('230,'))).toBe(false);
    expect(v.moneyNote).toContain('不能相加');
  });

  it('shows the department-wide figure in its own kind', () => {
    const v = agencyYearView(data, 'fujian-ningde', 2024);
    expect(v.headlines.find((h) => h.kind === 'department-wide')).toMatchObject({ text: '221455.17 万元', computed: false });
    expect(v.department?.computedRate.text).toBe('98.87%');
  });

  it('shows the in-year cut that hides under-execution (240 → 136, spent 94.46)', () => {
    const p03 = agencyYearView(data, 'fujian-ningde', 2024).projects.find((p) => p.id === 'ningde-2024-p03')!;
    expect(p03.computedRate.text).toBe('69.46%');
    expect(p03.rateOfYearStart?.text).toBe('39.36%');
    expect(p03.unspent.text).toBe('41.54 万元');
    expect(p03.executionScore).toBe('10/10');
    expect(p03.notes.length).toBeGreaterThan(0);
  });

  it('feeds chart a the published rates, adding the percent sign a bare rate lacks', () => {
    const rate = agencyYearView(data, 'fujian-ningde', 2024).rateChart.find((r) => r.id === 'ningde-2024-p03')!;
    expect(rate).toMatchObject({ rate: '69.46', rateText: '69.46%' });
  });

  it('feeds chart b A, B and the year-start budget as published and the unspent amount computed', () => {
    const b = agencyYearView(data, 'fujian-ningde', 2024).budgetChart.find((r) => r.id === 'ningde-2024-p03')!;
    expect(b).toMatchObject({ adjustedBudget: '136', executed: '94.46', yearStartBudget: '240', adjustedText: '136.00', yearStartText: '240.00', differenceText: '41.54' });
  });

  it('counts indicators met, missed and unknown, and lists the missed ones with target and actual as published', () => {
    const { indicators } = agencyYearView(data, 'fujian-ningde', 2024);
    expect(indicators.total.missed).toBe(indicators.missed.length);
    const missed = indicators.missed.find((m) => m.name === '设置医保服务站数量')!;
    expect(missed).toMatchObject({ target: '≥19 家', actual: '18' });
    expect(missed.href).toMatch(/ningde-2024-p18\/#i\d+$/);
    expect(indicators.missedBullets.map((b) => b.target)).toContain('19');
  });

  it('draws the final-accounts charts from 公开03表 and 公开01表', () => {
    const [a] = agencyYearView(data, 'fujian-ningde', 2024).accounts;
    expect(a!.split?.parts.map((p) => [p.label, p.valueText, p.shareText])).toEqual([
      ['基本支出', '5,833.78', '79.8%'],
      ['项目支出', '1,473.20', '20.2%'],
    ]);
    expect(a!.split?.notDrawn.map((p) => p.label)).toContain('上缴上级支出');
    expect(a!.income?.parts.map((p) => p.label)).toEqual(['一般公共预算财政拨款收入', '其他收入']);
    expect(a!.byFunction?.rows.find((r) => r.id === 'c21015')).toMatchObject({ label: '21015 医疗保障管理事务', totalText: '5,249.61', values: { basic: '3891.07', project: '1358.54' } });
  });

  it('has the search filters of an overview', () => {
    expect(agencyYearView(data, 'fujian-ningde', 2024).frame.filters).toEqual({ agency: '宁德市医疗保障局', province: '福建省', year: '2024', kind: '机构年度概览' });
  });

  it('takes the findings about its own documents only', () => {
    const v = agencyYearView(data, 'fujian-ningde', 2024);
    expect(v.findings.length).toBeGreaterThan(0);
    expect(v.findings.every((f) => f.agencyName === '宁德市医疗保障局' && f.fiscalYear === 2024)).toBe(true);
  });
});

describe('agencyYearView: 宁夏', () => {
  it('keeps a carry-over printed beside the block out of A (000: 8603.01)', () => {
    const tp = agencyYearView(data, 'ningxia', 2023).projects.find((p) => p.name === '医疗服务与保障能力提升补助资金')!;
    expect(tp.computedRate.text).toBe('30.96%');
    expect(tp.unspent.text).toBe('6,862.91 万元');
    expect(tp.outsideBudget).toEqual([{ label: expect.stringContaining('上年结转'), text: '8603.01 万元' }]);
  });

  it('shows a single project’s own published figures instead of a one-item sum', () => {
    const h = agencyYearView(data, 'ningxia', 2023).headlines.find((x) => x.id === 'managed-ningxia-2023-project-evaluations')!;
    expect(h).toMatchObject({ computed: false, text: '462.45 万元' });
  });

  it('sums a targets table’s annual money exactly, with what is passed down to lower levels', () => {
    const v = agencyYearView(data, 'ningxia', 2024);
    const h = v.headlines.find((x) => x.id === 'targets-ningxia-2024-project-targets')!;
    expect(h).toMatchObject({ computed: true, text: '62,843.821491 万元' });
    expect(h.parts).toEqual([
      { label: '其中本级资金', text: '2,575.821491 万元', computed: true },
      { label: '其中转移市县（区）资金', text: '60,268 万元', computed: true },
    ]);
    expect(v.projects).toEqual([]);
    expect(v.targets).toHaveLength(5);
  });

  it('does not judge indicators of a targets-only table', () => {
    const t = agencyYearView(data, 'ningxia', 2024).indicators.total;
    expect(t.met + t.missed + t.unknown).toBe(0);
    expect(t.targetsOnly).toBeGreaterThan(0);
    expect(t.placeholders).toBeGreaterThan(0);
  });
});

describe('agencyYearView: 宁强 2023', () => {
  it('falls back to the figures of the explanatory text when the tables are not in the source', () => {
    const [a] = agencyYearView(data, 'shaanxi-hanzhong-ningqiang', 2023).accounts;
    expect(a!.byFunction).toBeUndefined();
    expect(a!.split?.from).toBe('情况说明（文字部分）');
    expect(a!.split?.parts.map((p) => [p.label, p.valueText])).toEqual([
      ['基本支出', '714.44'],
      ['项目支出', '157.49'],
    ]);
    expect(a!.unavailableTables.length).toBeGreaterThan(0);
  });
});

describe('agencyYears', () => {
  it('gives one page per agency-year that has documents', () => {
    expect(agencyYears(data)).toContainEqual({ agency: 'ningxia', year: 2023 });
    expect(agencyYears(data)).not.toContainEqual({ agency: 'fujian', year: 2024 });
  });
});
