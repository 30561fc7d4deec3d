/**
 * Chart data from an agency-year's final accounts (部门决算): spending per 款 of the function
 * classification split into 基本支出 and 项目支出 (公开03表, else 公开05表), the split of
 * 本年支出合计, and income by source (公开01表, else the figures of the explanatory text).
 * Amounts are shown as published; shares are computed with decimal.js and labelled so.
 */
import type { DocumentOf } from '../../schemas/document';
import type { FinalAccountsTable, TableRow } from '../../schemas/final-accounts';
import type { StatedFigure } from '../../schemas/stated-figure';
import type { PartDatum } from '../charts/part-of-whole';
import type { StackedBarDatum, StackedSeries } from '../charts/stacked-bars';
import { roundHalfUp, toDec } from '../decimal';
import { parseAmount } from '../money';
import { documentPath, withBase } from '../site/urls';
import { type SourceRef, sourceRef } from './document-cells';

type FinalAccountsDocument = DocumentOf<'final-accounts'>;

/** Input of a part-of-whole chart, with where its figures come from. */
export interface PartOfWholeInput {
  total: string;
  totalText: string;
  totalLabel: string;
  parts: PartDatum[];
  notDrawn: Array<{ id: string; label: string; valueText: string }>;
  /** `公开01表 收入支出决算总表` or `情况说明`. */
  from: string;
  source: SourceRef;
  unit: string;
}

export interface FunctionSpendingInput {
  series: StackedSeries[];
  rows: StackedBarDatum[];
  cellTexts: Record<string, Record<string, string>>;
  from: string;
  source: SourceRef;
  href: string;
  unit: string;
}

export interface AccountsCharts {
  document: { title: string; href: string };
  byFunction?: FunctionSpendingInput;
  split?: PartOfWholeInput;
  income?: PartOfWholeInput;
  /** Tables the source does not carry (`not-available`), so the charts fall back or are missing. */
  unavailableTables: string[];
}

const value = (text: string | undefined): string | null => {
  if (text === undefined) return null;
  const r = parseAmount(text);
  return r.kind === 'number' ? r.value : null;
};

/** A part's share of the whole in percent, one decimal, half-up (`79.8%`). */
export function shareText(part: string, whole: string): string {
  const w = toDec(whole);
  if (w.isZero()) return '—';
  return `${roundHalfUp(toDec(part).dividedBy(w).times(100), 1)}%`;
}

function published(tables: readonly FinalAccountsTable[], standard: number): FinalAccountsTable | undefined {
  return tables.find((t) => t.standard === standard && t.status === 'published' && t.rows.length > 0);
}

/** Parts of a whole: non-zero parts drawn, zero or blank ones only listed. */
function partsOfWhole(
  whole: { value: string; text: string; label: string },
  parts: Array<{ id: string; label: string; text: string }>,
  from: string,
  source: SourceRef,
  unit: string,
): PartOfWholeInput | undefined {
  const drawn: PartDatum[] = [];
  const notDrawn: PartOfWholeInput['notDrawn'] = [];
  for (const p of parts) {
    const v = value(p.text);
    if (v !== null && toDec(v).greaterThan(0)) drawn.push({ id: p.id, label: p.label, value: v, valueText: p.text, shareText: shareText(v, whole.value) });
    else notDrawn.push({ id: p.id, label: p.label, valueText: p.text === '' ? '空白' : p.text });
  }
  if (drawn.length === 0 || !toDec(whole.value).greaterThan(0)) return undefined;
  return { total: whole.value, totalText: whole.text, totalLabel: whole.label, parts: drawn, notDrawn, from, source, unit };
}

function columnIndex(table: FinalAccountsTable, label: RegExp): number {
  return table.columns.findIndex((c) => label.test(c.label));
}

/** Spending per 款 (5-digit code) from 公开03表, else 公开05表. */
function functionSpending(doc: FinalAccountsDocument): FunctionSpendingInput | undefined {
  const table = published(doc.finalAccounts.tables, 3) ?? published(doc.finalAccounts.tables, 5);
  if (!table) return undefined;
  const totalCol = columnIndex(table, /合计|小计/);
  const seriesCols = table.columns
    .map((c, i) => ({ key: c.id, label: c.label, i }))
    .filter(({ i }) => i !== totalCol)
    .filter(({ i }) => table.rows.some((r) => r.code?.length === 5 && (() => {
      const v = value(r.values[i]);
      return v !== null && !toDec(v).isZero();
    })()));
  const rows: StackedBarDatum[] = [];
  const cellTexts: Record<string, Record<string, string>> = {};
  for (const r of table.rows.filter((x: TableRow) => x.code?.length === 5)) {
    const values: Record<string, string> = {};
    const texts: Record<string, string> = {};
    for (const s of seriesCols) {
      const text = r.values[s.i] ?? '';
      values[s.key] = value(text) ?? '0';
      texts[s.key] = text;
    }
    if (Object.values(values).every((v) => toDec(v).isZero())) continue;
    rows.push({ id: r.id, label: `${r.code} ${r.label}`, values, totalText: totalCol >= 0 ? (r.values[totalCol] ?? '') : '' });
    cellTexts[r.id] = texts;
  }
  if (rows.length === 0 || seriesCols.length === 0) return undefined;
  return {
    series: seriesCols.map(({ key, label }) => ({ key, label })),
    rows,
    cellTexts,
    from: `${table.number} ${table.name}`,
    source: sourceRef(doc.archive, table.source.lines),
    href: `${withBase(documentPath(doc))}#${table.id}`,
    unit: table.unit,
  };
}

/** 本年支出合计 = 基本支出 + 项目支出 (+ others), from 公开03表's 合计 row, else the text's figures. */
function expenditureSplit(doc: FinalAccountsDocument): PartOfWholeInput | undefined {
  const table = published(doc.finalAccounts.tables, 3);
  const totalRow = table?.rows.find((r) => r.total === true && r.code === undefined);
  if (table && totalRow) {
    const totalCol = columnIndex(table, /合计/);
    const totalText = totalRow.values[totalCol] ?? '';
    const total = value(totalText);
    if (total !== null) {
      const parts = table.columns.map((c, i) => ({ id: c.id, label: c.label, text: totalRow.values[i] ?? '' })).filter((_, i) => i !== totalCol);
      return partsOfWhole({ value: total, text: `${totalText}`, label: table.columns[totalCol]?.label ?? '合计' }, parts, `${table.number} ${table.name}`, sourceRef(doc.archive, totalRow.source.lines), table.unit);
    }
  }
  return fromFigures(doc, (f) => f.topic === 'expenditure' && /本年支出合计/.test(f.label), ['expenditure', 'basic-expenditure', 'project-expenditure'], '本年支出合计');
}

/** Income by source, from 公开01表's rows under 本年收入合计, else the text's figures. */
function incomeBySource(doc: FinalAccountsDocument): PartOfWholeInput | undefined {
  const table = published(doc.finalAccounts.tables, 1);
  const totalRow = table?.rows.find((r) => /^本年收入合计/.test(r.label));
  if (table && totalRow) {
    const totalText = totalRow.values[0] ?? '';
    const total = value(totalText);
    if (total !== null) {
      const parts = table.rows.filter((r) => r.parent === totalRow.id).map((r) => ({ id: r.id, label: r.label.replace(/^[一二三四五六七八九十]+、/, ''), text: r.values[0] ?? '' }));
      if (parts.length > 0) return partsOfWhole({ value: total, text: totalText, label: '本年收入合计' }, parts, `${table.number} ${table.name}`, sourceRef(doc.archive, totalRow.source.lines), table.unit);
    }
  }
  return fromFigures(doc, (f) => f.topic === 'income' && /本年收入合计/.test(f.label), ['income'], '本年收入合计');
}

/**
 * A whole and its parts from the figures stated in the explanatory text (情况说明). Only
 * figures of the whole's own topics are parts: the text also relates other figures to the
 * whole (“一般公共预算财政拨款支出占本年支出合计 100%”), which are not parts of it.
 */
function fromFigures(doc: FinalAccountsDocument, isWhole: (f: StatedFigure) => boolean, partTopics: ReadonlyArray<StatedFigure['topic']>, label: string): PartOfWholeInput | undefined {
  const figures = doc.finalAccounts.figures;
  const whole = figures.find((f) => isWhole(f) && f.unit === '万元' && value(f.value) !== null);
  if (!whole) return undefined;
  const parts = figures
    .filter((f) => f.parent === whole.id && f.unit === '万元' && partTopics.includes(f.topic))
    .map((f) => ({ id: f.id, label: f.label.replace(/^其中[:：]/, ''), text: f.value }));
  if (parts.length === 0) return undefined;
  return partsOfWhole({ value: value(whole.value)!, text: whole.value, label }, parts, '情况说明（文字部分）', sourceRef(doc.archive, whole.source.lines), '万元');
}

export function accountsCharts(doc: FinalAccountsDocument): AccountsCharts {
  const out: AccountsCharts = {
    document: { title: doc.title, href: withBase(documentPath(doc)) },
    unavailableTables: doc.finalAccounts.tables.filter((t) => t.status === 'not-available').map((t) => `${t.number || `第 ${t.standard} 张表`} ${t.name}`.trim()),
  };
  const byFunction = functionSpending(doc);
  const split = expenditureSplit(doc);
  const income = incomeBySource(doc);
  if (byFunction) out.byFunction = byFunction;
  if (split) out.split = split;
  if (income) out.income = income;
  return out;
}

