import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, type SiteData } from '../site/dataset';
import { siteSummary, type SiteSummary } from '../site/summary';
import { HOME_LIMITS, homeView } from './home';

let data: SiteData;
let summary: SiteSummary;
beforeAll(async () => {
  data = await loadSiteData();
  summary = siteSummary(data);
});

describe('homeView', () => {
  it('lists the lowest execution rates first, only those under 90%', () => {
    const { lowRates } = homeView(summary);
    expect(lowRates[0]).toMatchObject({ name: '医疗服务与保障能力提升补助资金', rateText: '30.96%', agencyName: '宁夏回族自治区医疗保障局', year: 2023 });
    expect(lowRates.length).toBeLessThanOrEqual(HOME_LIMITS.lowRates);
    expect(lowRates.map((r) => r.rateText)).not.toContain('95.12%');
  });

  it('lists documents, not the parts printed inside them, newest year first', () => {
    const { latest } = homeView(summary);
    expect(latest.some((d) => d.id === 'ningde-2024-report-1')).toBe(false);
    expect(latest[0]!.year).toBeGreaterThanOrEqual(latest.at(-1)!.year);
    expect(latest.length).toBeLessThanOrEqual(HOME_LIMITS.latest);
  });

  it('names missed targets with target and actual as published', () => {
    const { missed, missedCount } = homeView(summary);
    expect(missedCount).toBeGreaterThanOrEqual(missed.length);
    expect(missed.every((m) => m.target !== '' && m.actual !== '')).toBe(true);
  });

  it('shows only the most serious findings and links to the full lists', () => {
    const v = homeView(summary);
    expect(v.findings.every((f) => f.severity === 'high')).toBe(true);
    expect(v.lists.audit).toBe('/findings/audit/');
  });
});
