/**
 * Counts and totals per document, asserted from the archived source: nothing the source
 * publishes is missing from data/, and nothing is counted twice.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/lib/dataset/read-files';
import { sumValues } from '../../../src/lib/money';
import { checkSum } from '../../../src/lib/rounding-interval';
import { validateDataset } from '../../../src/lib/validation/validate-dataset';
import type { DisclosureDocument, DocumentOf } from '../../../src/schemas/document';

const { inputs } = readDataset(process.cwd(), 'data');
const result = await validateDataset(inputs);
const docs = result.documents.map((d) => d.data);
const byId = (id: string) => docs.find((d) => d.id === id) as DisclosureDocument;
const source = (file: string) => readFileSync(`data/sources/${file}`, 'utf8').split('\n');
/** Lines first..last (1-based) matching a pattern. */
const count = (lines: string[], re: RegExp, first = 1, last = lines.length) => lines.slice(first - 1, last).filter((l) => re.test(l)).length;

describe('000 宁夏 2023 self-evaluations', () => {
  const src = source('000_8cf17c9fa6bd6500.txt');
  it('has every transfer-payment regional table the source prints', () => {
    const doc = byId('ningxia-2023-transfer-payment-evaluations') as DocumentOf<'transfer-payment-evaluations'>;
    expect(doc.evaluations).toHaveLength(count(src, /转移支付区域\s*（项目）绩效目标自评表/));
    expect(doc.evaluations).toHaveLength(3);
  });
  it('has the one project self-evaluation', () => {
    expect((byId('ningxia-2023-project-evaluations') as DocumentOf<'project-evaluations'>).projects).toHaveLength(count(src, /^项目名称/));
  });
});

describe('001 宁夏 2024 targets', () => {
  it('has every target table the source prints', () => {
    const doc = byId('ningxia-2024-project-targets') as DocumentOf<'project-targets'>;
    expect(doc.projects).toHaveLength(count(source('001_ffaa1f12a7939c41.txt'), /^项目名称/));
    expect(doc.projects).toHaveLength(5);
  });
});

describe('003 宁强 2023', () => {
  const accounts = byId('ningqiang-2023-final-accounts') as DocumentOf<'final-accounts'>;
  it('has spending by function item adding to the stated general-budget spending (871.93)', () => {
    const items = accounts.finalAccounts.figures.filter((f) => f.topic === 'function-item' && f.basis === 'actual');
    expect(items).toHaveLength(5);
    expect(sumValues(items.map((f) => f.value))).toBe('871.93');
  });
  it('has year-start budgets by function item consistent with the stated 712.76 (712.77 within rounding)', () => {
    const items = accounts.finalAccounts.figures.filter((f) => f.topic === 'function-item' && f.basis === 'year-start-budget');
    expect(sumValues(items.map((f) => f.value))).toBe('712.77');
    expect(checkSum(items.map((f) => f.value), '712.76').status).toBe('consistent');
  });
  it('shows the two tables published empty and the six not in the source text', () => {
    const status = accounts.finalAccounts.tables.map((t) => t.status);
    expect(status.filter((s) => s === 'published-empty')).toHaveLength(2);
    expect(status.filter((s) => s === 'not-available').length).toBeGreaterThanOrEqual(6);
  });
  it('has the combined project (three tasks, 142.49) and the special fund (15 万元)', () => {
    const doc = byId('ningqiang-2023-project-evaluations') as DocumentOf<'project-evaluations'>;
    expect(doc.projects).toHaveLength(2);
  });
});

describe('004 宁德 2024', () => {
  const src = source('004_ffa57e3b033000c4.txt');
  it('has all 25 project self-evaluation tables', () => {
    const doc = byId('ningde-2024-project-evaluations') as DocumentOf<'project-evaluations'>;
    expect(doc.projects).toHaveLength(count(src, /^项目名称/, 631, 1322));
    expect(doc.projects).toHaveLength(25);
  });
  it('has the 25 tables’ 全年预算数 adding to 223,269.59 万元 (domain.md §2)', () => {
    const doc = byId('ningde-2024-project-evaluations') as DocumentOf<'project-evaluations'>;
    const totals = doc.projects.map((p) => p.funding.lines.find((l) => !l.parent)!.adjustedBudget!.replaceAll(',', ''));
    expect(sumValues(totals)).toBe('223269.59');
  });
  it('has the six evaluation reports 宁医保绩〔2025〕1–6号', () => {
    const numbers = new Set(src.join('\n').match(/宁医保绩〔2025〕\d+号/g));
    const reports = docs.filter((d) => d.kind === 'evaluation-report' && d.agency === 'fujian-ningde');
    expect(reports.map((r) => r.documentNumber).sort()).toEqual([...numbers].sort());
    expect(reports).toHaveLength(6);
  });
  it('has tables 公开01–09', () => {
    const accounts = byId('ningde-2024-final-accounts') as DocumentOf<'final-accounts'>;
    const printed = new Set(src.map((l) => /^公开 (0[1-9]) 表/.exec(l)?.[1]).filter(Boolean));
    expect(accounts.finalAccounts.tables.map((t) => t.standard).sort()).toEqual([...printed].map(Number).sort());
    expect(accounts.finalAccounts.tables).toHaveLength(9);
  });
  it('states the bureau’s own spending as 7,306.97 万元 (公开01表 本年支出合计)', () => {
    const accounts = byId('ningde-2024-final-accounts') as DocumentOf<'final-accounts'>;
    const t01 = accounts.finalAccounts.tables.find((t) => t.standard === 1)!;
    expect(t01.rows.find((r) => r.label === '本年支出合计')?.values[0]).toBe('7,306.97');
  });
  it('covers 221,455.17 万元 in the department-wide evaluation', () => {
    const dept = byId('ningde-2024-department-evaluation') as DocumentOf<'department-evaluation'>;
    expect(dept.evaluation.funding?.lines.some((l) => l.adjustedBudget === '221,455.17' || l.adjustedBudget === '221455.17')).toBe(true);
  });
});
