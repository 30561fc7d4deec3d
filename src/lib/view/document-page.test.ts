import { beforeAll, describe, expect, it } from 'vitest';
import type { DisclosureDocument } from '../../schemas/document';
import { loadSiteData, type SiteData } from '../site/dataset';
import { chineseDate, documentHeader } from './document';
import { locationHref } from './document-findings';
import { documentPageView } from './document-page';
import { counterpartColumn } from './document-report';

let data: SiteData;
const doc = (id: string) => data.documentById.get(id) as DisclosureDocument;
beforeAll(async () => {
  data = await loadSiteData();
});

describe('documentHeader', () => {
  it('writes a stated date in Chinese and says when a date is not stated', () => {
    expect(chineseDate('2024-02-23')).toBe('2024 年 2 月 23 日');
    expect(documentHeader(data, doc('ningxia-2024-project-targets')).published).toEqual({ stated: true, text: '2024 年 2 月 23 日', iso: '2024-02-23' });
    expect(documentHeader(data, doc('ningde-2024-final-accounts')).published.text).toMatch(/^未注明发布日期（明账收录于 \d{4} 年 \d{1,2} 月 \d{1,2} 日）$/);
  });

  it('lists a final-accounts document’s attachments, and gives each attachment its parent and siblings', () => {
    const fa = documentHeader(data, doc('ningde-2024-final-accounts'));
    expect(fa.parts.map((p) => p.id)).toEqual(expect.arrayContaining(['ningde-2024-project-evaluations', 'ningde-2024-report-1', 'ningde-2024-department-evaluation']));
    const r1 = documentHeader(data, doc('ningde-2024-report-1'));
    expect(r1.parent?.id).toBe('ningde-2024-final-accounts');
    expect(r1.siblings.filter((s) => s.current).map((s) => s.id)).toEqual(['ningde-2024-report-1']);
    expect(r1.documentNumber).toBe('宁医保绩〔2025〕1号');
  });

  it('links to the archived source lines of the document', () => {
    expect(documentHeader(data, doc('ningde-2024-project-evaluations')).source.href).toMatch(/^\/sources\/ningde-2024-final-accounts\/#L\d+$/);
  });
});

describe('documentPageView', () => {
  it('gives every document a Chinese heading, a one-sentence summary and Pagefind facets', () => {
    for (const d of data.documents) {
      const v = documentPageView(data, d);
      expect(v.heading.length).toBeGreaterThan(0);
      expect(v.sentence).toMatch(/。$/);
      expect(Object.keys(v.frame.filters).sort()).toEqual(expect.arrayContaining(['agency', 'kind', 'year']));
      expect(v.frame.meta).toMatchObject({ agency: expect.any(String), year: String(d.fiscalYear), kind: expect.any(String) });
    }
  });

  it('puts the province name in the filters', () => {
    expect(documentPageView(data, doc('ningqiang-2023-final-accounts')).frame.filters.province).toBe('陕西省');
    expect(documentPageView(data, doc('ningxia-2024-project-targets')).frame.filters.province).toBe('宁夏回族自治区');
  });

  it('sums the 25 projects of 004 with decimal arithmetic: 223,269.59 万元 budgeted', () => {
    const v = documentPageView(data, doc('ningde-2024-project-evaluations'));
    expect(v.body.kind).toBe('projects');
    if (v.body.kind !== 'projects') return;
    expect(v.body.view.rows).toHaveLength(25);
    expect(v.body.view.totals.adjusted).toMatchObject({ text: '223,269.59 万元', missing: 0 });
    expect(v.sentence).toContain('25 个项目全年预算共 223,269.59 万元（约 22.33 亿元）');
    expect(v.sentence).toContain('项目资金（含转移下级的资金）');
    expect(v.body.view.sharedNames).toEqual(['医疗服务与保障能力提升补助资金']);
  });

  it('reads the bureau’s own totals for a final-accounts page and lists its tables in the contents', () => {
    const v = documentPageView(data, doc('ningde-2024-final-accounts'));
    expect(v.sentence).toContain('支出 7,306.97 万元');
    expect(v.contents.find((c) => c.href === '#tables')?.children).toHaveLength(9);
  });

  it('tells published-empty tables from tables missing in the source (003)', () => {
    const v = documentPageView(data, doc('ningqiang-2023-final-accounts'));
    if (v.body.kind !== 'final-accounts') throw new Error('kind');
    const states = v.body.view.tables.map((t) => t.statusWords);
    expect(states).toContain('已公开空表');
    expect(states).toContain('原文未包含此表');
  });

  it('sets a report’s figures beside the project table’s (report 1: 69.46 on both sides; total 99 against 100)', () => {
    const v = documentPageView(data, doc('ningde-2024-report-1'));
    if (v.body.kind !== 'evaluation-report') throw new Error('kind');
    const r = v.body.view;
    expect(r.project?.id).toBe('ningde-2024-p03');
    const rate = r.comparisons.find((c) => c.label === '预算执行率');
    expect(rate?.table?.text).toBe('69.46');
    expect(rate?.comparison).toBe('same');
    expect(r.total.scoreComparison).toBe('different');
    expect(r.dimensions.some((d) => d.deducted)).toBe(true);
  });

  it('has a slot beside its item for every finding of the bundled data (none left over for the list at the top)', () => {
    for (const d of data.documents) {
      const v = documentPageView(data, d);
      expect(v.findings.unplaced.map((f) => f.id)).toEqual([]);
    }
  });
});

describe('counterpartColumn', () => {
  const f = (o: object) => ({ id: 'f', topic: 'funding' as const, label: 'x', value: '1', unit: '万元', quote: 'q', source: { lines: [1, 1] as [number, number] }, ...o });
  it('maps a report’s budget, year-start budget, spending and rate to the table’s columns', () => {
    expect(counterpartColumn(f({ basis: 'year-start-budget' }))?.key).toBe('yearStartBudget');
    expect(counterpartColumn(f({ basis: 'budget' }))?.key).toBe('adjustedBudget');
    expect(counterpartColumn(f({ basis: 'actual' }))?.key).toBe('executed');
    expect(counterpartColumn(f({ label: '预算执行率', unit: '%' }))?.key).toBe('executionRate');
    expect(counterpartColumn(f({ basis: 'actual', parent: 'f0' }))).toBeUndefined();
  });
});

describe('locationHref', () => {
  it('points a finding at the page and anchor where its item is shown', () => {
    expect(locationHref(data, { document: 'ningde-2024-project-evaluations', item: 'ningde-2024-p03', sub: 'total', path: [] })).toBe(
      '/agencies/fujian-ningde/2024/ningde-2024-project-evaluations/ningde-2024-p03/#funding--total',
    );
    expect(locationHref(data, { document: 'ningde-2024-project-evaluations', item: 'ningde-2024-p03', sub: 'i02', path: [] })).toBe(
      '/agencies/fujian-ningde/2024/ningde-2024-project-evaluations/ningde-2024-p03/#i02',
    );
    expect(locationHref(data, { document: 'ningde-2024-final-accounts', item: 't03', sub: 'c210', path: [] })).toBe('/agencies/fujian-ningde/2024/ningde-2024-final-accounts/#t03--c210');
  });
});
