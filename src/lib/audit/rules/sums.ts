/**
 * Parts that do not add up to their total, beyond what rounding allows: funding lines and
 * their 其中 parts, final-accounts rows (by classification code, by explicit parent, and
 * across the columns the table declares as adding up), figures stated in text whose parts
 * are named, and a department-wide evaluation's tasks against the line they add up to.
 */
import type { DepartmentEvaluation } from '../../../schemas/department-evaluation';
import type { DisclosureDocument } from '../../../schemas/document';
import type { FinalAccountsTable } from '../../../schemas/final-accounts';
import type { Funding, FundingLine } from '../../../schemas/funding';
import type { StatedFigure } from '../../../schemas/stated-figure';
import { parseAmount } from '../../money';
import { checkSum, type ConsistencyCheck } from '../../rounding-interval';
import { findingId, type Finding, type ItemLocation } from '../finding';
import { severityOfGap } from './severity';

const isNumber = (text: string | undefined): text is string => text !== undefined && parseAmount(text).kind === 'number';

function sumFinding(
  rule: 'parts-total' | 'column-sum',
  loc: ItemLocation,
  extra: string,
  totalLabel: string,
  total: string,
  parts: { label: string; text: string; location?: ItemLocation }[],
  check: Extract<ConsistencyCheck, { status: 'inconsistent' }>,
  unit: string,
): Finding {
  return {
    id: findingId(rule, loc, extra),
    rule,
    severity: severityOfGap(check.gap, check.stated),
    title: `${totalLabel}：分项之和 ${check.computed} 与所列合计 ${total} 不符`,
    detail: `所列 ${parts.map((p) => p.text).join(' + ')} = ${check.computed}${unit}，而合计列为 ${total}${unit}，相差 ${check.difference}${unit}。按各数公布的精度，四舍五入最多能解释到 ${check.derived.low}–${check.derived.high}，仍差 ${check.gap}${unit}。`,
    location: loc,
    figures: [{ label: totalLabel, text: total, location: loc }, ...parts.map((p) => ({ label: p.label, text: p.text, location: p.location })), { label: '分项之和（明账计算）', text: check.computed, computed: true }],
  };
}

const FUNDING_COLUMNS = [
  ['yearStartBudget', '年初预算数'],
  ['adjustedBudget', '全年预算数'],
  ['executed', '全年执行数'],
  ['amount', '金额'],
] as const;

/** Funding lines: every line with parts (lines naming it as parent) against the sum of the parts, column by column. */
export function fundingSums(funding: Funding, base: ItemLocation, label: string): Finding[] {
  const out: Finding[] = [];
  const children = new Map<string, FundingLine[]>();
  for (const l of funding.lines) if (l.parent) children.set(l.parent, [...(children.get(l.parent) ?? []), l]);
  funding.lines.forEach((parent) => {
    // 年度资金总额 under a multi-year 项目总额 is one year's part, not a breakdown.
    const parts = (children.get(parent.id) ?? []).filter((c) => c.role !== 'annual-total');
    if (parts.length === 0) return;
    for (const [col, colLabel] of FUNDING_COLUMNS) {
      const total = parent[col];
      if (!isNumber(total)) continue;
      const cells = parts.map((p) => p[col]);
      if (cells.every((c) => c === undefined)) continue;
      // A blank part cell in a column the total fills means "nothing": only if some part is a figure.
      if (!cells.some(isNumber)) continue;
      const check = checkSum(cells.map((c) => c ?? ''), total, { emptyMeansZero: true });
      if (check.status !== 'inconsistent') continue;
      const loc: ItemLocation = { ...base, sub: parent.id, lines: parent.source.lines, path: [...base.path, 'funding', 'lines', funding.lines.indexOf(parent)] };
      out.push(
        sumFinding('parts-total', loc, col, `${label} ${parent.label} ${colLabel}`, total, parts.map((p) => ({ label: `${p.label} ${colLabel}`, text: p[col] ?? '', location: { ...base, sub: p.id, lines: p.source.lines, path: [...base.path, 'funding', 'lines', funding.lines.indexOf(p)] } })), check, funding.unit),
      );
    }
  });
  return out;
}

function isLineNumberColumn(label: string): boolean {
  return /行次|栏次|序号/.test(label);
}

/** Final-accounts tables: explicit parents, classification codes, totals over top-level codes, declared column sums. */
export function tableSums(doc: DisclosureDocument, table: FinalAccountsTable, tableIndex: number): Finding[] {
  const out: Finding[] = [];
  if (table.status !== 'published') return out;
  const base: ItemLocation = { document: doc.id, item: table.id, path: ['finalAccounts', 'tables', tableIndex] };
  const rowLoc = (r: (typeof table.rows)[number]): ItemLocation => ({ ...base, sub: r.id, lines: r.source.lines, path: [...base.path, 'rows', table.rows.indexOf(r)] });
  const groups = new Map<string, (typeof table.rows)[number][]>();
  for (const r of table.rows) {
    if (r.parent) groups.set(r.parent, [...(groups.get(r.parent) ?? []), r]);
  }
  if (table.classification !== 'none') {
    // Top-level codes add up to the table's total only when there is exactly one total row to add up to.
    const topTotals = table.rows.filter((p) => p.total && !p.code && !p.parent);
    for (const r of table.rows) {
      if (!r.code || r.parent) continue;
      const parentCode = r.code.slice(0, -2);
      const parent = r.code.length > 3 ? table.rows.find((p) => p.code === parentCode) : topTotals.length === 1 ? topTotals[0] : undefined;
      if (parent && !groups.get(parent.id)?.includes(r)) groups.set(parent.id, [...(groups.get(parent.id) ?? []), r]);
    }
  }
  for (const [parentId, parts] of groups) {
    const parent = table.rows.find((r) => r.id === parentId);
    if (!parent) continue;
    table.columns.forEach((col, ci) => {
      if (isLineNumberColumn(col.label)) return;
      const total = parent.values[ci];
      if (!isNumber(total)) return;
      const cells = parts.map((p) => p.values[ci] ?? '');
      if (!cells.some(isNumber)) return;
      const check = checkSum(cells, total, { emptyMeansZero: true });
      if (check.status !== 'inconsistent') return;
      const name = (r: (typeof table.rows)[number]) => `${table.number} ${r.code ? `${r.code} ` : ''}${r.label}`;
      out.push(sumFinding('parts-total', rowLoc(parent), col.id, `${name(parent)} ${col.label}`, total, parts.map((p, i) => ({ label: `${name(p)} ${col.label}`, text: cells[i]!, location: rowLoc(p) })), check, table.unit));
    });
  }
  for (const sum of table.columnSums ?? []) {
    const ti = table.columns.findIndex((c) => c.id === sum.total);
    const pi = sum.parts.map((p) => table.columns.findIndex((c) => c.id === p));
    for (const r of table.rows) {
      const total = r.values[ti];
      if (!isNumber(total)) continue;
      const cells = pi.map((i) => r.values[i] ?? '');
      if (!cells.some(isNumber)) continue;
      const check = checkSum(cells, total, { emptyMeansZero: true });
      if (check.status !== 'inconsistent') continue;
      const colLabel = (i: number) => table.columns[i]?.label ?? '';
      out.push(sumFinding('column-sum', rowLoc(r), `cols-${sum.total}`, `${table.number} ${r.code ? `${r.code} ` : ''}${r.label} ${colLabel(ti)}`, total, pi.map((i, k) => ({ label: colLabel(i), text: cells[k]!, location: rowLoc(r) })), check, table.unit));
    }
  }
  return out;
}

/** Figures stated in text whose parts name them as parent. */
export function figureSums(doc: DisclosureDocument, figures: StatedFigure[], basePath: (string | number)[], item?: string): Finding[] {
  const out: Finding[] = [];
  const byParent = new Map<string, StatedFigure[]>();
  for (const f of figures) if (f.parent) byParent.set(f.parent, [...(byParent.get(f.parent) ?? []), f]);
  for (const [parentId, parts] of byParent) {
    const parent = figures.find((f) => f.id === parentId);
    if (!parent || !isNumber(parent.value)) continue;
    // Only parts of the same kind and unit add up (a share in % is not a part of an amount).
    const same = parts.filter((p) => p.unit === parent.unit && p.basis !== 'share' && isNumber(p.value));
    if (same.length < 2) continue;
    const check = checkSum(same.map((p) => p.value), parent.value);
    if (check.status !== 'inconsistent') continue;
    const loc = (f: StatedFigure): ItemLocation => ({ document: doc.id, item, sub: f.id, lines: f.source.lines, path: [...basePath, figures.indexOf(f)] });
    out.push(sumFinding('parts-total', loc(parent), 'figures', parent.label, parent.value, same.map((p) => ({ label: p.label, text: p.value, location: loc(p) })), check, parent.unit));
  }
  return out;
}

/**
 * A department-wide evaluation's tasks against the funding line they add up to
 * (`tasksTotalLine`, a funding line id): 预算数 against 全年预算数, 执行数 against 全年执行数.
 */
export function taskSums(evaluation: DepartmentEvaluation, base: ItemLocation, label: string): Finding[] {
  const lines = evaluation.funding?.lines ?? [];
  const lineIndex = lines.findIndex((l) => l.id === evaluation.tasksTotalLine);
  const line = lines[lineIndex];
  if (!line || evaluation.tasks.length < 2) return [];
  const out: Finding[] = [];
  const loc: ItemLocation = { ...base, sub: line.id, lines: line.source.lines, path: [...base.path, 'funding', 'lines', lineIndex] };
  for (const [col, lineCol, colLabel] of [['budget', 'adjustedBudget', '预算数'], ['executed', 'executed', '执行数']] as const) {
    const total = line[lineCol];
    const cells = evaluation.tasks.map((t) => t[col]);
    if (!isNumber(total) || !cells.some(isNumber)) continue;
    const check = checkSum(cells.map((c) => c ?? ''), total, { emptyMeansZero: true });
    if (check.status !== 'inconsistent') continue;
    const parts = evaluation.tasks.map((t, i) => ({ label: `${t.name} ${colLabel}`, text: t[col] ?? '', location: { ...base, sub: t.id, lines: t.source.lines, path: [...base.path, 'tasks', i] } }));
    out.push(sumFinding('parts-total', loc, `tasks-${col}`, `${label} ${line.label} 与各项任务${colLabel}`, total, parts, check, evaluation.unit ?? evaluation.funding?.unit ?? ''));
  }
  return out;
}
