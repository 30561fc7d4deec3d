import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, type SiteData } from '../site/dataset';
import { isProjectDocument, type ProjectDocument, projectPageView, projectPages, projectSummary, projectItemsOf, reportsOf } from './project';
import { projectPage } from './project-page';

let data: SiteData;
const doc = (id: string) => data.documentById.get(id) as ProjectDocument;
beforeAll(async () => {
  data = await loadSiteData();
});

describe('projectPages', () => {
  it('gives one page per project and per transfer payment, none for other kinds', () => {
    const pages = projectPages(data);
    expect(pages.length).toBe(data.documents.filter(isProjectDocument).reduce((n, d) => n + projectItemsOf(d).length, 0));
    expect(pages.some((p) => p.project.item.id === 'ningxia-2023-tp2')).toBe(true);
  });
});

describe('projectSummary (004 p03, a budget cut mid-year)', () => {
  it('shows the rate as published beside the rates 明账 computes, and the unspent money', () => {
    const d = doc('ningde-2024-project-evaluations');
    const p = projectItemsOf(d).find((x) => x.item.id === 'ningde-2024-p03')!;
    const s = projectSummary(d, p);
    expect(s.publishedRate?.text).toBe('69.46');
    expect(s.rateOfAdjusted?.text).toBe('69.46%');
    expect(s.rateOfYearStart?.text).toBe('39.36%');
    expect(s.unspent?.text).toBe('41.54 万元');
    expect(s.href).toBe('/agencies/fujian-ningde/2024/ningde-2024-project-evaluations/ningde-2024-p03/');
  });

  it('tells two projects of one name apart by id', () => {
    const d = doc('ningde-2024-project-evaluations');
    const p02 = projectSummary(d, projectItemsOf(d).find((x) => x.item.id === 'ningde-2024-p02')!);
    expect(p02.sameNameAs).toEqual(['p17']);
  });
});

describe('projectPageView', () => {
  it('says in one sentence what the money was and how the indicators went', () => {
    const v = projectPageView(data, doc('ningde-2024-project-evaluations'), 'ningde-2024-p03');
    expect(v.sentence).toMatch(/^2024 年，“提前下达 2024 年中央财政医疗服务与保障能力提升补助资金”全年预算 136\.00 万元（年初 240\.00 万元），执行 94\.46 万元，执行率 69\.46%/);
    expect(v.sentence).toContain('未执行 41.54 万元');
  });

  it('finds the evaluation report that names the project, with its total and rating', () => {
    const v = projectPageView(data, doc('ningde-2024-project-evaluations'), 'ningde-2024-p03');
    expect(v.reports).toEqual([expect.objectContaining({ documentNumber: '宁医保绩〔2025〕1号', totalScore: '99', rating: '优' })]);
    expect(reportsOf(data, 'ningde-2024-p01')).toEqual([]);
  });

  it('sets the stated total beside the sum of indicator scores and the execution score', () => {
    const v = projectPageView(data, doc('ningde-2024-project-evaluations'), 'ningde-2024-p03');
    expect(v.scoreCheck).toMatchObject({ computed: '100', comparison: 'same' });
    expect(v.scoreCheck!.how).toContain('资金执行率得分 10');
  });

  it('keeps the execution score out of the total where the layout does (000 专项业务费: 92.8)', () => {
    const v = projectPageView(data, doc('ningxia-2023-project-evaluations'), 'ningxia-2023-p1');
    expect(v.executionScoreInTotal).toBe(false);
    expect(v.scoreCheck!.how).not.toContain('资金执行率');
    expect(v.scoreCheck!.stated?.text).toBe('92.8');
  });

  it('carries the funding findings of the audit beside their line', () => {
    const v = projectPageView(data, doc('ningde-2024-project-evaluations'), 'ningde-2024-p03');
    const total = v.funding.lines.find((l) => l.id === 'total')!;
    expect(total.findings.length).toBeGreaterThan(0);
    expect(v.allFindings.length).toBeGreaterThanOrEqual(total.findings.length);
  });

  it('shows targets only, with no status, for a targets document (001)', () => {
    const v = projectPageView(data, doc('ningxia-2024-project-targets'), 'ningxia-2024-p3');
    expect(v.targetsOnly).toBe(true);
    expect(v.sameName.map((s) => s.shortId)).toEqual(['p4']);
    expect(v.sentence).toContain('尚无完成情况');
  });

  it('lists the transfer payment’s carry-over outside A (000 tp2)', () => {
    const v = projectPageView(data, doc('ningxia-2023-transfer-payment-evaluations'), 'ningxia-2023-tp2');
    expect(v.funding.outsideBudget.map((o) => o.amount.text)).toEqual(['8603.01']);
    expect(v.summary.rateOfAdjusted?.text).toBe('30.96%');
    expect(v.management.length).toBeGreaterThan(0);
  });
});

describe('projectPage frame', () => {
  it('gives Pagefind the agency, province, year and kind', () => {
    const p = projectPage(data, doc('ningde-2024-project-evaluations'), 'ningde-2024-p03');
    expect(p.frame.filters).toEqual({ agency: '宁德市医疗保障局', province: '福建省', year: '2024', kind: '项目绩效自评', flag: ['执行率低于 90%', '有核对发现'] });
    expect(p.frame.sort).toEqual({ rate: '69.46', amount: '136' });
    expect(p.frame.crumbs.at(-1)?.label).toBe('p03 提前下达 2024 年中央财政医疗服务与保障能力提升补助资金');
  });
});
