import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, type SiteData } from '../site/dataset';
import { siteSummary, type SiteSummary } from '../site/summary';
import { familyViews, topicViews } from './compare';
import { bandOf, distributionChart, distributionView } from './compare-distribution';
import { comparePageView } from './compare-page';
import { matchableName, promisePairs } from './compare-promises';
import { executionRows } from './findings';
import { isProjectDocument, projectItemsOf } from './project-items';

let data: SiteData;
let summary: SiteSummary;
beforeAll(async () => {
  data = await loadSiteData();
  summary = siteSummary(data);
});

describe('program families', () => {
  it('hold every project and transfer payment that names a family, once', () => {
    const expected = data.documents.filter(isProjectDocument).flatMap((d) => projectItemsOf(d).filter((p) => p.item.program).map((p) => p.item.id)).sort();
    expect(familyViews(summary.compare.families).flatMap((f) => f.members.map((m) => m.id)).sort()).toEqual(expected);
  });

  it('never compare amounts across agencies, and say why', () => {
    for (const f of familyViews(summary.compare.families)) {
      expect(f.amounts.status).toBe('refused');
      expect(f.amounts.reasons.length).toBeGreaterThan(0);
    }
  });

  it('draw rates only from self-evaluations, saying when years and levels differ', () => {
    const f = familyViews(summary.compare.families).find((x) => x.key === 'medical-service-capacity')!;
    expect(f.rates.status).toBe('drawn');
    expect(f.rates.reasons.join()).toMatch(/年度不同/);
    expect(f.rates.reasons.join()).toMatch(/层级不同/);
    expect(f.chart.map((c) => c.id)).not.toContain('ningxia-2024-p3');
    expect(f.members.filter((m) => m.kind === 'target').every((m) => m.rate === undefined)).toBe(true);
  });
});

describe('the same indicator across agencies', () => {
  it('keeps insured rates on different bases apart and refuses to compare them with each other', () => {
    const t = topicViews(summary.compare.topics).find((x) => x.key === 'insured-rate')!;
    const bases = t.groups.map((g) => g.basisWords);
    expect(bases).toEqual(expect.arrayContaining(['以常住人口为基数', '以户籍人口为基数']));
    for (const g of t.groups) expect(new Set(g.rows.map((r) => r.rawName.includes('常住') ? 'r' : r.rawName.includes('户籍') ? 'h' : 'n')).size).toBe(1);
  });

  it('refuses a comparison when only one agency publishes the indicator', () => {
    const t = topicViews(summary.compare.topics).find((x) => x.key === 'insured-rate')!;
    for (const g of t.groups) expect(g.actuals.status).toBe('refused');
  });

  it('lists every raw name it grouped', () => {
    for (const t of topicViews(summary.compare.topics)) {
      const names = new Set(t.groups.flatMap((g) => g.rows.map((r) => r.rawName)));
      expect(new Set(t.rawNames.map((n) => n.name))).toEqual(names);
    }
  });
});

describe('the distribution of execution rates', () => {
  it('puts band edges where the labels say', () => {
    expect(['49.99', '50', '89.99', '90', '99.99', '100', '100.01'].map((r) => bandOf(r).key)).toEqual(['lt50', '50-70', '70-90', '90-100', '90-100', '100', 'gt100']);
  });

  it('counts every project with a rate exactly once', () => {
    const v = distributionView(summary.execution);
    const drawnCount = v.rows.reduce((n, r) => n + r.total, 0);
    expect(drawnCount + v.unknown.length).toBe(executionRows(data).length);
    const marks = distributionChart(v, { width: 336 }).rows.reduce((n, r) => n + r.marks.length, 0);
    expect(marks).toBe(drawnCount);
  });
});

describe('promised vs delivered', () => {
  it('matches names without their numbering', () => {
    expect(matchableName('指标2：参保群众知晓率')).toBe(matchableName('参保群众知晓率'));
  });

  it('sets 宁夏’s 2024 targets beside its 2023 results and says the years differ', () => {
    const [p] = promisePairs(data);
    expect(p).toMatchObject({ agency: { slug: 'ningxia' }, targetsYear: 2024, resultsYear: 2023, sameYear: false });
    expect(p!.comparison.reasons.join()).toMatch(/年度不同/);
    const msc = p!.families.find((f) => f.key === 'medical-service-capacity')!;
    const satisfaction = msc.indicators.find((i) => i.name === '参保人员对医保服务的满意度')!;
    expect(satisfaction.targets.map((t) => t.text)).toEqual(['≥70%', '≥70%']);
    expect(satisfaction.results.map((r) => [r.target, r.actual])).toEqual([['≥85%', '100%']]);
    expect(p!.unmatchedTargets.map((u) => u.name)).toContain('上年结转资金');
  });
});

describe('the list of comparisons', () => {
  it('gives every refused comparison a reason and every comparison a place', () => {
    const v = comparePageView(summary);
    for (const c of [...v.comparisons.drawn, ...v.comparisons.refused]) expect(c.href).toMatch(/#/);
    for (const c of v.comparisons.refused) expect(c.reasons.length).toBeGreaterThan(0);
  });
});
