/**
 * The CSV downloads against the JSON: every figure parses back (papaparse) exactly as
 * published, computed columns are what the arithmetic modules say, and text that a
 * spreadsheet would run as a formula is neutralised.
 */
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/export/csv';
import { datasetJson, downloadFileName, downloadPath, downloadScopes } from '../../../src/lib/export/downloads';
import { exportTables, type ExportContext, type ExportTable } from '../../../src/lib/export/tables';
import { executionFigures } from '../../../src/lib/funding-execution';
import { leavesOf } from '../../../src/lib/indicator-tree';
import { loadSiteData, type SiteData } from '../../../src/lib/site/dataset';
import type { DisclosureDocument } from '../../../src/schemas/document';

const RELEASE = '2026-11-23-abcdef0';
let data: SiteData;
let ctx: ExportContext;
let tables: Map<string, ExportTable>;
let parsed: Map<string, Record<string, string>[]>;

/** Parses a CSV text (with its BOM) back into row objects. */
function parseCsv(csv: string): Record<string, string>[] {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const result = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** A text cell as read by a program: the neutralising apostrophe removed. */
const unneutralised = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

beforeAll(async () => {
  data = await loadSiteData();
  ctx = { release: RELEASE, agencyBySlug: data.agencyBySlug, url: (p) => `https://example.org${p}` };
  tables = new Map(exportTables(data.documents, data.documents, ctx).map((t) => [t.name, t]));
  parsed = new Map([...tables].map(([name, t]) => [name, parseCsv(toCsv(t.columns, t.rows))]));
});

describe('projects.csv', () => {
  it('has one row per funding line of every project, transfer payment and department evaluation, with the published figures', () => {
    const rows = parsed.get('projects')!;
    const key = (r: Record<string, string | undefined>) => `${r.document}/${r.project}/${r.line}`;
    const byKey = new Map(rows.map((r) => [key(r), r]));
    let lines = 0;
    for (const doc of data.documents) {
      const items = doc.kind === 'project-evaluations' || doc.kind === 'project-targets' ? doc.projects : doc.kind === 'transfer-payment-evaluations' ? doc.evaluations : doc.kind === 'department-evaluation' ? [{ ...doc.evaluation, funding: doc.evaluation.funding }] : [];
      for (const item of items) {
        for (const l of item.funding?.lines ?? []) {
          lines++;
          const row = byKey.get(key({ document: doc.id, project: item.id, line: l.id }))!;
          expect(row, `${doc.id}/${item.id}/${l.id}`).toBeDefined();
          expect(row.adjusted_budget).toBe(l.adjustedBudget ?? '');
          expect(row.executed).toBe(l.executed ?? '');
          expect(row.year_start_budget).toBe(l.yearStartBudget ?? '');
          expect(row.execution_rate).toBe(l.executionRate ?? '');
          expect(row.amount).toBe(l.amount ?? '');
          const figures = executionFigures(l);
          expect(row.computed_execution_rate).toBe(figures.rateOfAdjustedBudget.status === 'known' ? figures.rateOfAdjustedBudget.value : '');
          expect(row.computed_unspent).toBe(figures.unspent.status === 'known' ? figures.unspent.value : '');
          expect(row.release).toBe(RELEASE);
        }
      }
    }
    expect(lines).toBeGreaterThan(100);
  });

  it('computes 004’s cut budget: 69.46% of A, 39.36% of the year-start budget, 41.54 unspent', () => {
    const row = parsed.get('projects')!.find((r) => r.project === 'ningde-2024-p03' && r.line_parent === '')!;
    expect(row).toMatchObject({ year_start_budget: '240.00', adjusted_budget: '136.00', executed: '94.46', computed_execution_rate: '69.46', computed_rate_of_year_start: '39.36', computed_unspent: '41.54' });
  });

  it('keeps figures with thousands separators as published', () => {
    const published = data.documents.flatMap((d) => (d.kind === 'department-evaluation' ? (d.evaluation.funding?.lines ?? []) : [])).map((l) => l.adjustedBudget);
    const csv = parsed.get('projects')!.filter((r) => r.document_kind === '部门整体绩效自评' && !r.line!.startsWith('task:')).map((r) => r.adjusted_budget);
    expect(csv).toEqual(published.map((x) => x ?? ''));
  });
});

describe('indicators.csv', () => {
  it('has every indicator with target, actual, weight and score as published, and a status', () => {
    const rows = parsed.get('indicators')!;
    const byKey = new Map(rows.map((r) => [`${r.document}/${r.project}/${r.indicator}`, r]));
    let count = 0;
    for (const doc of data.documents) {
      const items: Array<{ id: string; indicators: Parameters<typeof leavesOf>[0] }> =
        doc.kind === 'project-evaluations' || doc.kind === 'project-targets' ? doc.projects : doc.kind === 'transfer-payment-evaluations' ? doc.evaluations : doc.kind === 'department-evaluation' ? [doc.evaluation] : [];
      for (const item of items) {
        for (const { indicator: i, groups } of leavesOf(item.indicators)) {
          count++;
          const row = byKey.get(`${doc.id}/${item.id}/${i.id}`)!;
          expect(row, `${doc.id}/${item.id}/${i.id}`).toBeDefined();
          expect(unneutralised(row.target!)).toBe(i.target ?? '');
          expect(unneutralised(row.actual!)).toBe(i.actual ?? '');
          expect(row.weight).toBe(i.weight ?? '');
          expect(row.score).toBe(i.score ?? '');
          expect(unneutralised(row.name!)).toBe(i.name);
          expect(row.groups).toBe(groups.join(' > '));
          expect(['met', 'missed', 'unknown']).toContain(row.status);
        }
      }
    }
    expect(rows).toHaveLength(count);
  });
});

describe('final-accounts.csv', () => {
  it('has every cell of every published table, and one row for each empty table', () => {
    const rows = parsed.get('final-accounts')!;
    const byKey = new Map(rows.map((r) => [`${r.document}/${r.table}/${r.row}/${r.column}`, r]));
    for (const doc of data.documents) {
      if (doc.kind !== 'final-accounts') continue;
      for (const t of doc.finalAccounts.tables) {
        if (t.rows.length === 0) {
          expect(byKey.get(`${doc.id}/${t.id}//`)?.table_status).toBe(t.status);
          continue;
        }
        for (const r of t.rows) t.columns.forEach((c, i) => expect(byKey.get(`${doc.id}/${t.id}/${r.id}/${c.id}`)?.value, `${t.id}/${r.id}/${c.id}`).toBe(r.values[i]));
      }
    }
  });
});

describe('findings.csv', () => {
  it('lists the audit findings with the documents they are about', () => {
    const rows = parsed.get('findings')!;
    expect(rows.length).toBe(tables.get('findings')!.rows.length);
    for (const r of rows) expect(data.documentById.get(r.document!)?.agency).toBe(r.agency);
  });
});

describe('formula injection', () => {
  it('neutralises names and texts from the documents that start like a formula', () => {
    const doc = structuredClone(data.documents.find((d) => d.kind === 'project-evaluations')!) as DisclosureDocument & { kind: 'project-evaluations' };
    doc.projects = [doc.projects[0]!];
    doc.projects[0]!.name = '=cmd|\' /C calc\'!A0';
    const leaf = leavesOf(doc.projects[0]!.indicators)[0]!.indicator;
    leaf.name = '@SUM(1+1)';
    leaf.target = '+1';
    const [projects, indicators] = exportTables([doc], [doc], ctx, []);
    const p = parseCsv(toCsv(projects!.columns, projects!.rows))[0]!;
    expect(p.project_name).toBe("'=cmd|' /C calc'!A0");
    const i = parseCsv(toCsv(indicators!.columns, indicators!.rows))[0]!;
    expect(i.name).toBe("'@SUM(1+1)");
    expect(i.target).toBe("'+1");
  });
});

describe('downloads', () => {
  it('offers everything and each agency-year, at URLs without the release', () => {
    const scopes = downloadScopes(data.documents, data.agencyBySlug);
    expect(scopes.map((s) => s.key)).toEqual(['all', 'fujian-ningde/2024', 'ningxia/2023', 'ningxia/2024', 'shaanxi-hanzhong-ningqiang/2023']);
    expect(downloadPath(scopes[1]!, 'projects.csv')).toBe('/downloads/fujian-ningde/2024/projects.csv');
    expect(downloadPath(scopes[0]!, 'dataset.json')).toBe('/downloads/dataset.json');
    expect(downloadFileName(scopes[1]!, 'projects.csv', RELEASE)).toBe(`mingzhang-fujian-ningde-2024-projects-${RELEASE}.csv`);
    expect(downloadFileName(scopes[0]!, 'dataset.json', RELEASE)).toBe(`mingzhang-dataset-${RELEASE}.json`);
  });

  it('puts the release, the documents as validated and the agency chain in the JSON of an agency-year', () => {
    const scope = downloadScopes(data.documents, data.agencyBySlug).find((s) => s.key === 'shaanxi-hanzhong-ningqiang/2023')!;
    const json = JSON.parse(JSON.stringify(datasetJson(scope, data, RELEASE))) as ReturnType<typeof datasetJson>;
    expect(json.release).toBe(RELEASE);
    expect(json.agencies.map((a) => a.slug)).toEqual(['national', 'shaanxi', 'shaanxi-hanzhong', 'shaanxi-hanzhong-ningqiang']);
    expect(json.sources.map((s) => s.id)).toEqual(['ningqiang-2023-final-accounts']);
    expect(json.documents).toEqual(scope.documents.map((d) => JSON.parse(JSON.stringify(d))).sort((a, b) => a.id.localeCompare(b.id)));
  });
});
