import { beforeAll, describe, expect, it } from 'vitest';
import { auditDataset } from '../audit/audit';
import { toDec } from '../decimal';
import { executionFigures } from '../funding-execution';
import { evaluateIndicator } from '../indicator-evaluation';
import { leavesOf } from '../indicator-tree';
import { loadSiteData, type SiteData } from '../site/dataset';
import { siteSummary, type SiteSummary } from '../site/summary';
import type { IndicatorNode } from '../../schemas/indicator';
import { auditRows, evaluatedItems, executionLine, executionRows, indicatorRows, missedIndicators, selfDeductedIndicators } from './findings';
import { auditListView, executionListView, findingsPath, indicatorListView, sortExecution, sortIndicators } from './findings-orders';
import { UNDER_EXECUTION_THRESHOLD } from './findings-rules';

let data: SiteData;
let summary: SiteSummary;
beforeAll(async () => {
  data = await loadSiteData();
  summary = siteSummary(data);
});

/** Every leaf with actuals of every self-evaluation, evaluated directly. */
function directEvaluations(d: SiteData) {
  const out: Array<{ id: string; status: string; weight?: string | undefined; score?: string | undefined }> = [];
  for (const doc of d.documents) {
    const items: Array<{ id: string; indicators: IndicatorNode[] }> =
      doc.kind === 'project-evaluations' ? doc.projects : doc.kind === 'transfer-payment-evaluations' ? doc.evaluations : doc.kind === 'department-evaluation' ? [doc.evaluation] : [];
    for (const item of items) {
      for (const leaf of leavesOf(item.indicators)) {
        const i = leaf.indicator;
        if (i.placeholder || i.actual === undefined) continue;
        const e = evaluateIndicator({ name: i.name, groupPath: leaf.groups, target: i.target, actual: i.actual, placeholder: i.placeholder });
        out.push({ id: `${doc.id}:${item.id}:${i.id}`, status: e.status, weight: i.weight, score: i.score });
      }
    }
  }
  return out;
}

describe('the findings lists of the bundled data', () => {
  it('list every project and transfer payment whose execution rate is below the threshold', () => {
    const expected = evaluatedItems(data)
      .filter(({ item }) => {
        const line = executionLine(item.funding);
        if (!line || line.executed === undefined) return false;
        const f = executionFigures(line);
        return [f.rateOfAdjustedBudget, f.rateOfYearStartBudget].some((r) => r.status === 'known' && toDec(r.value).lessThan(UNDER_EXECUTION_THRESHOLD));
      })
      .map(({ item }) => item.id)
      .sort();
    const listed = executionListView(summary, 'under-executed', 'rate').rows.map((r) => r.id).sort();
    expect(listed).toEqual(expected);
    // The cases domain.md names: 000's 30.96%, 004's 69.46% (39.36% of the year-start budget) and 64.42%.
    expect(listed).toEqual(expect.arrayContaining(['ningxia-2023-tp2', 'ningde-2024-p03', 'ningde-2024-p20']));
  });

  it('show the rate against the year-start budget and the unspent amount beside the rate', () => {
    const p03 = executionRows(data).find((r) => r.id === 'ningde-2024-p03')!;
    expect(p03.rateOfAdjusted.text).toBe('69.46%');
    expect(p03.rateOfYearStart.text).toBe('39.36%');
    expect(p03.unspent.value).toBe('41.54');
    expect(p03.below).toEqual({ adjusted: true, yearStart: true });
  });

  it('keep carry-overs outside A apart from the rate and the unspent amount', () => {
    const tp2 = executionRows(data).find((r) => r.id === 'ningxia-2023-tp2')!;
    expect(tp2.rateOfAdjusted.text).toBe('30.96%');
    expect(tp2.unspent.value).toBe('6862.91');
    expect(tp2.outsideBudget.map((o) => o.amount.text)).toEqual(['8603.01']);
  });

  it('offer every project with an execution figure in the full list', () => {
    const all = executionListView(summary, 'execution-rates', 'rate');
    expect(all.rows.length).toBe(evaluatedItems(data).filter(({ item }) => executionLine(item.funding)?.executed !== undefined).length);
  });

  it('list every indicator the evaluation reads as missed, and nothing else', () => {
    const expected = directEvaluations(data).filter((e) => e.status === 'missed').map((e) => e.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(indicatorListView(summary, 'place').missed.map((r) => r.id).sort()).toEqual(expected);
  });

  it('list separately every unknown indicator the source marked down itself', () => {
    const expected = directEvaluations(data)
      .filter((e) => e.status === 'unknown' && e.weight !== undefined && e.score !== undefined && /^\d/.test(e.weight) && /^\d/.test(e.score) && toDec(e.score).lessThan(toDec(e.weight)))
      .map((e) => e.id)
      .sort();
    const listed = selfDeductedIndicators(indicatorRows(data));
    expect(listed.map((r) => r.id).sort()).toEqual(expected);
    // 000: target ≥35次, actual ≥30次, scored 1.5 of 2.
    const i08 = listed.find((r) => r.id === 'ningxia-2023-project-evaluations:ningxia-2023-p1:i08')!;
    expect([i08.target, i08.actual, i08.score?.text, i08.weight?.text, i08.deducted?.value]).toEqual(['≥35次', '≥30次', '1.5', '2', '0.5']);
  });

  it('say when the explanation column was left empty', () => {
    const tp2 = missedIndicators(indicatorRows(data)).find((r) => r.id.endsWith('ningxia-2023-tp2:i09'))!;
    expect(tp2.explanation).toEqual({ state: 'empty' });
  });

  it('list every finding of the audit exactly once', () => {
    const expected = auditDataset(data.documents).map((f) => f.id);
    expect(auditListView(summary, 'severity').rows.map((r) => r.id)).toEqual(expected);
    for (const order of ['place', 'rule'] as const) expect(auditListView(summary, order).rows.map((r) => r.id).sort()).toEqual([...expected].sort());
  });

  it('link every row to a page of the site', () => {
    for (const r of executionRows(data)) expect([r.href, r.fundingHref]).toEqual([expect.stringMatching(/^\/agencies\/.+\/$/), expect.stringMatching(/^\/agencies\/.+\/#funding--/)]);
    for (const r of indicatorRows(data)) expect(r.indicator.href).toMatch(new RegExp(`#${r.indicator.id}$`));
    for (const r of auditRows(data)) expect(r.href).toMatch(/^\/agencies\//);
  });

  it('mark computed figures of findings and link published ones to their source lines', () => {
    for (const r of auditRows(data)) {
      for (const f of r.figures) if (f.computed) expect(f.source).toBeUndefined();
    }
    expect(auditRows(data).some((r) => r.figures.some((f) => f.source?.href.startsWith('/sources/')))).toBe(true);
  });
});

describe('sort orders', () => {
  it('put the lowest rate first and rates that cannot be computed last', () => {
    const rows = sortExecution(executionRows(data), 'rate');
    const known = rows.filter((r) => r.rateOfAdjusted.known).map((r) => toDec(r.rateOfAdjusted.value!));
    for (let i = 1; i < known.length; i++) expect(known[i]!.gte(known[i - 1]!)).toBe(true);
    const firstUnknown = rows.findIndex((r) => !r.rateOfAdjusted.known);
    if (firstUnknown >= 0) expect(rows.slice(firstUnknown).every((r) => !r.rateOfAdjusted.known)).toBe(true);
  });

  it('put the largest unspent amount first', () => {
    const rows = sortExecution(executionRows(data), 'unspent').filter((r) => r.unspent.known);
    for (let i = 1; i < rows.length; i++) expect(toDec(rows[i]!.unspent.value!).lte(toDec(rows[i - 1]!.unspent.value!))).toBe(true);
  });

  it('keep every row in every order', () => {
    const rows = indicatorRows(data);
    for (const order of ['place', 'deducted', 'achievement'] as const) expect(sortIndicators(rows, order)).toHaveLength(rows.length);
  });

  it('give the default order the list path and the others a suffix', () => {
    expect(findingsPath('under-executed')).toBe('/findings/under-executed/');
    expect(findingsPath('under-executed', 'by-unspent')).toBe('/findings/under-executed/by-unspent/');
  });
});
