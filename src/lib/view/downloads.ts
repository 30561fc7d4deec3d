/**
 * View model of the downloads page: every file (whole dataset and each agency-year) with
 * its URL, the name it is saved under, row count and size, and the column documentation
 * taken from the table definitions themselves.
 */
import type { ColumnKind } from '../export/csv';
import { downloadFileName, downloadPath, TABLE_NAMES, type DownloadScope } from '../export/downloads';
import { exportTables, type ExportContext, type TableName } from '../export/tables';
import { withBase } from '../site/urls';

export const tableWords: Record<TableName, string> = {
  projects: '项目资金与执行率',
  indicators: '绩效指标与达成情况',
  'final-accounts': '部门决算报表',
  findings: '核对发现',
};

export const columnKindWords: Record<ColumnKind, string> = {
  text: '文字',
  figure: '原文数字',
  computed: '明账计算',
};

export interface DownloadFileView {
  /** `JSON`, or the table's words. */
  label: string;
  format: 'JSON' | 'CSV';
  href: string;
  /** The name the browser saves it under (carries the release id). */
  fileName: string;
  /** Rows (CSV) or documents (JSON). */
  count: number;
  countWords: string;
  /** Size in KB, one decimal, as text. */
  size: string;
}

export interface DownloadScopeView {
  key: string;
  anchor: string;
  heading: string;
  /** The agency-year page, for scopes of one agency-year. */
  pageHref?: string;
  documentCount: number;
  files: DownloadFileView[];
}

export interface TableDocView {
  name: TableName;
  anchor: string;
  words: string;
  rowIs: string;
  columns: Array<{ key: string; kindWords: string; description: string }>;
}

function sizeKb(bytes: number): string {
  // One decimal is enough to tell a phone user how big a file is; integer arithmetic, no float drift in what is shown.
  const tenths = Math.round((bytes * 10) / 1024);
  return `${Math.floor(tenths / 10)}.${tenths % 10} KB`;
}

/** A scope as the page lists it: everything, or one agency-year, with how many documents. */
export type ScopeInfo = Pick<DownloadScope, 'key' | 'agency' | 'fiscalYear'> & { documentCount: number };

export function downloadsView<S extends ScopeInfo>(
  scopes: readonly S[],
  ctx: ExportContext,
  factsOf: (scope: S) => ReadonlyMap<string, { count: number; bytes: number }>,
  agencyYearPath: (agency: string, year: number) => string,
): { scopes: DownloadScopeView[]; tables: TableDocView[] } {
  // The column documentation comes from the table definitions (no rows needed).
  const tables: TableDocView[] = exportTables([], new Map(), ctx, []).map((table) => ({
    name: table.name,
    anchor: `columns-${table.name}`,
    words: tableWords[table.name],
    rowIs: table.rowIs,
    columns: table.columns.map((c) => ({ key: c.key, kindWords: columnKindWords[c.kind], description: c.description })),
  }));
  const views = scopes.map((scope) => {
    const facts = factsOf(scope);
    const json = facts.get('dataset.json')!;
    const files: DownloadFileView[] = [
      { label: '全部内容（JSON）', format: 'JSON', href: withBase(downloadPath(scope, 'dataset.json')), fileName: downloadFileName(scope, 'dataset.json', ctx.release), count: json.count, countWords: `${json.count} 份文件`, size: sizeKb(json.bytes) },
      ...TABLE_NAMES.map((name): DownloadFileView => {
        const csv = facts.get(`${name}.csv`)!;
        return {
          label: tableWords[name],
          format: 'CSV',
          href: withBase(downloadPath(scope, `${name}.csv`)),
          fileName: downloadFileName(scope, `${name}.csv`, ctx.release),
          count: csv.count,
          countWords: `${csv.count} 行`,
          size: sizeKb(csv.bytes),
        };
      }),
    ];
    // A province's scope (split downloads) has its bureau as agency and no year.
    const province = scope.agency && scope.fiscalYear === undefined;
    const heading = !scope.agency ? '全部数据' : province ? (scope.agency.level === 'national' ? `${scope.agency.name}（本级）` : `${scope.agency.name}及其下级机构`) : `${scope.agency.name} ${scope.fiscalYear} 年度`;
    return {
      key: scope.key,
      anchor: !scope.agency ? 'all' : province ? `province-${scope.agency.slug}` : `${scope.agency.slug}-${scope.fiscalYear}`,
      heading,
      ...(scope.agency && !province ? { pageHref: withBase(agencyYearPath(scope.agency.slug, scope.fiscalYear!)) } : {}),
      documentCount: scope.documentCount,
      files,
    };
  });
  return { scopes: views, tables };
}
